import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldText, foldedWords, matchKey, normalizeUtterance } from './normalize';

describe('normalize', () => {
  it('folds Vietnamese diacritics including đ', () => {
    expect(foldDiacritics('Tin tức hôm nay, Đà Nẵng')).toBe('Tin tuc hom nay, Da Nang');
    expect(foldDiacritics('tạm dừng')).toBe('tam dung');
  });

  it('lowercases, strips punctuation, keeps word-internal apostrophes', () => {
    expect(normalizeUtterance("What's the AI news, today?!")).toBe("what's the ai news today");
    expect(normalizeUtterance('‘Next’ — please…')).toBe('next please');
  });

  it('gives typed-without-diacritics and spoken Vietnamese the same key', () => {
    expect(matchKey('Tin AI hôm nay?')).toBe(matchKey('tin ai hom nay'));
  });

  it('folds long text in place for searching: lower case, no diacritics, punctuation and spacing kept', () => {
    expect(foldText('Cổ phiếu BÁN DẪN, Đà Nẵng!')).toBe('co phieu ban dan, da nang!');
    expect(foldText('Bán dẫn'.normalize('NFD'))).toBe('ban dan');
    expect(foldedWords("DeepSeek's R1: chip bán dẫn")).toEqual(['deepseek', 's', 'r1', 'chip', 'ban', 'dan']);
  });
});
