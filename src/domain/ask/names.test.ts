import { describe, expect, it } from 'vitest';
import { distinctiveWords, findNames, knownNames } from './names';

const names = (s: string, lang = 'en', known?: Parameters<typeof findNames>[2]) => findNames(s, lang, known).map((e) => `${e.kind}:${e.text}`);

describe('findNames, English', () => {
  it('reads a sentence-opening word the story writes in lower case, or a company suffix alone, as no name', () => {
    const lowercase = new Set(['crews', 'repair']);
    expect(names('Crews confirmed nine out of ten alerts.', 'en', { people: new Set(), orgs: new Set(), lowercase })).toEqual([]);
    expect(names('Software compares each recording with known leaks.')).toEqual([]);
    // A name that opens a sentence is still one.
    expect(names('Aqualume said the sensors work.', 'en', { people: new Set(), orgs: new Set(), lowercase })).toEqual(['organisation:Aqualume']);
  });

  it('tells people, organisations and places apart by titles, suffixes, known names and prepositions', () => {
    expect(names("The venture was unveiled at the White House, the day after President Donald Trump's inauguration.")).toEqual([
      'organisation:White House',
      'person:Donald Trump',
    ]);
    expect(names('Lisa Tran, chief executive of Helio Labs, said the chip ships from Bergen.')).toEqual(['person:Lisa Tran', 'organisation:Helio Labs', 'place:Bergen']);
    expect(names('OpenAI, SoftBank and Oracle set up Stargate in the United States.')).toEqual([
      'organisation:OpenAI',
      'organisation:SoftBank',
      'organisation:Oracle',
      'organisation:Stargate',
      'place:United States',
    ]);
  });

  it('splits a company and its chief written as one run, and ends a name at a compound adjective', () => {
    expect(names('Nvidia CEO Jensen Huang disagreed.')).toEqual(['organisation:Nvidia', 'person:Jensen Huang']);
    expect(names('The buyer, Abu Dhabi-based Sandline Cloud, signed.')).toEqual(['place:Abu Dhabi', 'organisation:Sandline Cloud']);
  });

  it('reads what a name was just called, and skips adjectives of peoples and sentence openers', () => {
    expect(names('The town of Kuusijärvi signed with the utility, Kuusijärven Energia.')).toEqual(['place:Kuusijärvi', 'organisation:Kuusijärven Energia']);
    expect(names('Construction is under way; Arabic-language models follow.')).toEqual([]);
  });

  it('reads a later mention by one word as what the story named in full', () => {
    const known = knownNames(findNames('Sam Altman met Veltrix Semiconductor.', 'en'));
    expect(names('Shares in Veltrix rose after Altman spoke.', 'en', known)).toEqual(['organisation:Veltrix', 'person:Altman']);
  });
});

describe('findNames, titles', () => {
  it('leaves a title out of the name it makes a person', () => {
    expect(names('Superintendent Carla Jimenez said the decision followed a survey.')).toEqual(['person:Carla Jimenez']);
  });
});

describe('findNames, Vietnamese titles of degree', () => {
  it('leaves "PGS.TS", "BS.CKII" out of the name they make a person', () => {
    expect(names('PGS.TS Trịnh Văn Lực giảng dạy da liễu ở Hà Nội.', 'vi')).toEqual(['person:Trịnh Văn Lực', 'place:Hà Nội']);
    expect(names('BS.CKII Trần Văn Nhân nhấn mạnh điều đó.', 'vi')).toEqual(['person:Trần Văn Nhân']);
  });
});

describe('knownNames, a long Vietnamese name', () => {
  it('is known afterwards by its brand, the name it ends on', () => {
    const known = knownNames(findNames('Công ty khởi nghiệp Pháp Lý Số Thiên Bình vừa ra mắt Trạng.', 'vi'));
    expect(known.orgs.has('Thiên')).toBe(true);
    expect(names('Thiên Bình có trụ sở tại TP.HCM.', 'vi', known)).toEqual(['organisation:Thiên Bình', 'place:TP.HCM']);
  });
});

describe('findNames, Vietnamese', () => {
  it('ends an organisation before a preposition, and reads a hospital by its head', () => {
    expect(names('Phần mềm do Công ty Công nghệ Logistics Bến Nghé tại TP.HCM phát triển.', 'vi')).toEqual(['organisation:Công ty Công nghệ Logistics Bến Nghé', 'place:TP.HCM']);
    expect(names('Bệnh viện Đa khoa Phú An (TP.HCM) dùng chatbot.', 'vi')).toEqual(['organisation:Bệnh viện Đa khoa Phú An', 'place:TP.HCM']);
  });

  it('reads people after titles and family names, organisations after heads, places from the list and after "tại"', () => {
    expect(names('Ông Nguyễn Văn An, giám đốc công ty FPT, cho biết Bộ Khoa học và Công nghệ sẽ hỗ trợ tại Hà Nội.', 'vi')).toEqual([
      'person:Nguyễn Văn An',
      'organisation:FPT',
      'organisation:Bộ Khoa học và Công nghệ',
      'place:Hà Nội',
    ]);
    expect(names('Chuyên gia Vũ Thị Lan Anh, Trường Đại học Giao thông Vận tải, cho rằng vậy.', 'vi')).toEqual([
      'person:Vũ Thị Lan Anh',
      'organisation:Trường Đại học Giao thông Vận tải',
    ]);
  });

  it('splits a place from the name beside it and ends a proper name at its lower-case verb', () => {
    expect(names('Giới đầu tư lo ngại startup Trung Quốc DeepSeek.', 'vi')).toEqual(['place:Trung Quốc', 'organisation:DeepSeek']);
    expect(names('Hệ thống do doanh nghiệp Hàn Quốc Hanbit Mobility phát triển.', 'vi')).toEqual(['place:Hàn Quốc', 'organisation:Hanbit Mobility']);
    expect(names('Ngân hàng Đông Hải ra mắt trợ lý ảo.', 'vi')).toEqual(['organisation:Ngân hàng Đông Hải']);
  });

  it('reads organisations named by kind, and a capitalised common noun opening a sentence as none', () => {
    expect(names('Công ty bán dữ liệu cho các công ty giống.', 'vi')).toEqual(['organisation:các công ty giống']);
    expect(names('Camera tại nút giao đếm số xe.', 'vi')).toEqual([]);
  });
});

describe('distinctiveWords', () => {
  it('keeps the words that tell a name apart, folded', () => {
    expect(distinctiveWords({ kind: 'organisation', text: 'Công ty khởi nghiệp Biển Sạch', start: 0, end: 0 })).toEqual(['bien', 'sach']);
    expect(distinctiveWords({ kind: 'organisation', text: 'Veltrix Semiconductor', start: 0, end: 0 })).toEqual(['veltrix']);
  });
});

describe('findNames, a people\'s adjective before an organisation noun', () => {
  it('reads where an organisation is from ("the Danish start-up"), and nothing in a language or a region', () => {
    expect(names('The pumps, made by the Danish start-up Flowmark, are quiet.')).toContain('place:Danish');
    expect(names('The Danish model speaks well.')).toEqual([]);
    expect(names('A European start-up won the deal.')).toEqual([]);
  });
});
