import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { bestFits, matchingNames, outletFilter, outletFit, outletMatcher, outletName, outletsOf, outletWords, type OutletSource } from './outlet';

const fit = (outlet: string, name: string) => outletFit(outlet)(name);
const source = (id: string, title: string, url = '', siteUrl = ''): OutletSource => ({ id, title, url, siteUrl });

describe('outletWords: a name as words', () => {
  it.each([
    ['The Verge', 'the verge'],
    ['c. n. n.', 'cnn'],
    ['c n n', 'cnn'],
    ['B.B.C.', 'bbc'],
    ['U.S. News', 'us news'],
    ['VnExpress.net', 'vnexpress'],
    ['https://feeds.reuters.com/reuters/technologyNews', 'reuters'],
    ['https://edition.cnn.com/', 'cnn'],
    ['bbc.co.uk', 'bbc'],
    ['http://www.theverge.com/rss/index.xml', 'the verge'],
    ['http://127.0.0.1:4195/feed.xml', ''],
    ['Dân trí (dantri.com.vn)', 'dan tri dantri'],
    ['vnexpress chấm net', 'vnexpress'],
    ['kênh mười bốn', 'kenh 14'],
    ['Kênh 14', 'kenh 14'],
    ['kenh14.vn', 'kenh 14'],
    ['v. t. v. một', 'vtv 1'],
    ['VTV1', 'vtv 1'],
    ['vtv hai mươi mốt', 'vtv 21'],
    ['channel twenty one', 'channel 21'],
    ['BBC One', 'bbc 1'],
    ['TP.HCM', 'tp hcm'],
    ["Tom's Guide", 'toms guide'],
  ])('%s → %s', (name, words) => {
    expect(outletWords(name).join(' ')).toBe(words);
  });

  it('reads number words only where they name a channel', () => {
    expect(outletWords('một thế giới').join(' ')).toBe('mot the gioi');
    expect(outletWords('the one show').join(' ')).toBe('the one show');
    expect(outletWords('ba miền').join(' ')).toBe('ba mien');
  });

  it('reads words an object inherits as words, never as numbers', () => {
    expect(outletWords('channel constructor').join(' ')).toBe('channel constructor');
    expect(outletWords('kênh toString valueOf').join(' ')).toBe('kenh tostring valueof');
  });
});

describe('outletFit: an outlet as said against a name', () => {
  it.each([
    ['the verge', 'The Verge'],
    ['The Verge', 'the verge'],
    ['verge', 'The Verge'],
    ['verge', 'https://www.theverge.com/rss/index.xml'],
    ['the verge', 'theverge.com'],
    ['c. n. n.', 'CNN'],
    ['c n n', 'CNN'],
    ['cnn', 'cnn.com'],
    ['b. b. c', 'BBC News'],
    ['BBC News', 'BBC'],
    ['bbc', 'https://feeds.bbci.co.uk/news/rss.xml'.replace('bbci', 'bbc')],
    ['vnexpress', 'VnExpress'],
    ['VnExpress.net', 'VnExpress'],
    ['vn express', 'VnExpress'],
    ['vnexpress', 'https://vnexpress.net/rss/tin-moi-nhat.rss'],
    ['vnexpress', 'e.vnexpress.net'],
    ['báo tuổi trẻ', 'Tuổi Trẻ Online'],
    ['Tuổi Trẻ Online', 'Tuổi Trẻ'],
    ['tuoi tre', 'Tuổi Trẻ'],
    ['tuổi trẻ', 'tuoitre.vn'],
    ['tờ thanh niên', 'thanhnien.vn'],
    ['đài vtv', 'VTV'],
    ['kênh mười bốn', 'Kênh 14'],
    ['kênh mười bốn', 'kenh14.vn'],
    ['v. t. v. một', 'VTV1'],
    ['techcrunch', 'TechCrunch'],
    ['tech crunch', 'TechCrunch'],
    ['ars technica', 'Ars Technica'],
    ['ars technica', 'arstechnica.com'],
    ['báo mới', 'Báo Mới'],
    ['báo mới', 'baomoi.com'],
    ['lao động', 'Lao Động'],
    ['new york times', 'The New York Times'],
  ])('%s is %s', (outlet, name) => {
    expect(fit(outlet, name)).toBe(3);
  });

  it.each([
    ['reuters', 'Reuters Technology News'],
    ['cnn', 'CNN International'],
    ['vnexpress', 'VnExpress International'],
    // A feed named "section - outlet": common words before the name do not count against it.
    ['vnexpress', 'Tin mới nhất - VnExpress RSS'],
    ['nikkei', 'Nikkei Asia'],
    ['Reuters Technology News', 'Reuters'],
    ['vtv', 'VTV1'],
    ['BBC One', 'BBC'],
  ])('%s is in %s (or it in the outlet), from the start', (outlet, name) => {
    expect(fit(outlet, name)).toBe(2);
  });

  it.each([
    ['MIT Technology Review', 'Technology Review'],
    ['technology review', 'MIT Technology Review'],
    ['lao động', 'Người Lao Động'],
  ])('%s is in %s after a word of its own: a weaker fit', (outlet, name) => {
    expect(fit(outlet, name)).toBe(1);
  });

  it.each([
    // Whole words only: CNNMoney is one word, another outlet's.
    ['cnn', 'CNNMoney'],
    ['verge', 'Vergecast Weekly'],
    ['express', 'VnExpress'],
    ['tre', 'Tuổi Trẻ'],
    ['tech', 'TechCrunch'],
    ['crunch', 'TechCrunch'],
    // Common words name no outlet, alone or together.
    ['ai', 'AI Wire'],
    ['AI', 'AI'],
    ['news', 'BBC News'],
    ['the news', 'The News'],
    ['times', 'Financial Times'],
    ['times', 'The New York Times'],
    ['tech news', 'Tech News Daily'],
    ['tin tức', 'Tin tức 24h'],
    ['tin mới', 'Tin mới nhất - VnExpress RSS'],
    ['báo mới', 'Tin mới nhất - VnExpress RSS'],
    ['online', 'Tuổi Trẻ Online'],
    ['the', 'The Verge'],
    ['việt nam', 'VietnamPlus'],
    // A number alone, one letter, nothing.
    ['mười bốn', 'Kênh 14'],
    ['14', 'Kênh 14'],
    ['channel one', 'BBC One'],
    ['v', 'VTV'],
    ['', 'Reuters'],
    ['reuters', ''],
    // Different channels and outlets.
    ['vtv1', 'VTV3'],
    ['kênh mười bốn', 'Kênh 1'],
    ['reuters', 'Bloomberg'],
    ['the verge', 'The Guardian'],
    ['zing', 'Znews'],
    // An address that is a number names nothing.
    ['reuters', 'http://127.0.0.1:4195/reuters.xml'],
    ['127', 'http://127.0.0.1:4195/feed.xml'],
  ])('%s is not %s', (outlet, name) => {
    expect(fit(outlet, name)).toBe(0);
  });

  it('outletMatcher says yes to any fit', () => {
    const isVerge = outletMatcher('the verge');
    expect(['The Verge', 'theverge.com', 'The Guardian', 'Vergecast'].map(isVerge)).toEqual([true, true, false, false]);
  });
});

describe('which names an outlet is', () => {
  it('the names that are it or hold it from their start, before those that hold it after a word of their own', () => {
    expect(matchingNames('lao động', ['Người Lao Động', 'Lao Động', 'Thanh Niên'])).toEqual(['Lao Động']);
    expect(matchingNames('lao động', ['Người Lao Động', 'Thanh Niên'])).toEqual(['Người Lao Động']);
    expect(matchingNames('reuters', ['Reuters', 'Reuters Technology News', 'CNN'])).toEqual(['Reuters', 'Reuters Technology News']);
    expect(matchingNames('ai', ['AI Wire', 'AI'])).toEqual([]);
  });

  it('bestFits keeps any kind of item', () => {
    expect(bestFits([1, 2, 3, 0], (n) => n as 0 | 1 | 2 | 3)).toEqual([2, 3]);
    expect(bestFits([1, 0], (n) => n as 0 | 1)).toEqual([1]);
  });
});

describe('outletFilter: stories from an outlet', () => {
  const sources = [
    source('https://vnexpress.net/rss/tin-moi-nhat.rss', 'Tin mới nhất - VnExpress RSS', 'https://vnexpress.net/rss/tin-moi-nhat.rss', 'https://vnexpress.net'),
    source('http://127.0.0.1:4000/a.xml', 'Loopback Wire', 'http://127.0.0.1:4000/a.xml', 'https://www.theverge.com/'),
    source('file:x', 'Reuters', ''),
  ];

  it('a story is from the outlet by its own source name, or by the source it came from (its title, feed or site address)', () => {
    const verge = outletFilter('the verge', sources);
    expect(verge.sources).toBe(3);
    expect(verge.matched.map((s) => s.title)).toEqual(['Loopback Wire']);
    expect(verge.fit(makeStory('a', '2026-11-28T09:00:00Z', { source: 'Loopback Wire', sourceId: 'http://127.0.0.1:4000/a.xml' }))).toBe(3);
    expect(verge.fit(makeStory('b', '2026-11-28T09:00:00Z', { source: 'The Verge' }))).toBe(3);
    expect(verge.fit(makeStory('c', '2026-11-28T09:00:00Z', { source: 'Loopback Wire' }))).toBe(0);
    const vne = outletFilter('vnexpress', sources);
    expect(vne.fit(makeStory('d', '2026-11-28T09:00:00Z', { source: 'Tin mới nhất - VnExpress RSS', sourceId: sources[0].id }))).toBe(3);
  });

  it('no source is the outlet: stories still are, by their names', () => {
    const f = outletFilter('tuổi trẻ', sources);
    expect(f.sources).toBe(0);
    expect(f.matched).toEqual([]);
    expect(f.fit(makeStory('a', '2026-11-28T09:00:00Z', { source: 'Tuổi Trẻ' }))).toBe(3);
  });

  it('when a source of the person is the outlet, a story name that holds it only after a word of its own is not', () => {
    const withLaoDong = outletFilter('lao động', [source('s', 'Lao Động')]);
    expect(withLaoDong.fit(makeStory('a', '2026-11-28T09:00:00Z', { source: 'Người Lao Động' }))).toBe(0);
    const without = outletFilter('lao động', []);
    expect(without.fit(makeStory('a', '2026-11-28T09:00:00Z', { source: 'Người Lao Động' }))).toBe(1);
  });
});

describe('naming outlets', () => {
  it('says an outlet by the name it is exactly, the commonest of them, never an address', () => {
    expect(outletName('the verge', ['The Verge', 'theverge.com', 'The Verge', 'THE VERGE'])).toBe('The Verge');
    expect(outletName('c. n. n.', ['CNN International', 'CNN'])).toBe('CNN');
    expect(outletName('vnexpress', ['https://vnexpress.net/rss'])).toBe('vnexpress');
  });

  it('else as said, with letters spelled one by one joined', () => {
    expect(outletName('c. n. n.', [])).toBe('CNN');
    expect(outletName('b. b. c', [])).toBe('BBC');
    expect(outletName('c n n', [])).toBe('CNN');
    expect(outletName(' The Verge ', [])).toBe('The Verge');
    expect(outletName('a new outlet', [])).toBe('a new outlet');
  });

  it('outletsOf: the person’s sources first, then the commonest story sources, one name per outlet, at most three', () => {
    const stories = ['Reuters', 'OpenAI', 'OpenAI', 'Tuổi Trẻ', 'OpenAI', 'TechCrunch', 'Tuoi Tre'].map((s, i) => makeStory(`${i}`, '2026-11-28T09:00:00Z', { source: s }));
    expect(outletsOf([source('a', 'TechCrunch')], stories)).toEqual(['TechCrunch', 'OpenAI', 'Tuổi Trẻ']);
    expect(outletsOf([], stories, 5)).toEqual(['OpenAI', 'Tuổi Trẻ', 'Reuters', 'TechCrunch']);
    expect(outletsOf([], [])).toEqual([]);
  });
});
