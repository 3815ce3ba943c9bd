import { describe, expect, it } from 'vitest';
import { joinedForms, normalizeText, tokenize } from '../../src/lib/search/normalize';

// Every Vietnamese vowel with each of the six tones (level, huyền, sắc, hỏi,
// ngã, nặng), written precomposed as a Vietnamese keyboard types them.
const VIETNAMESE_VOWELS: Record<string, string> = {
  a: 'a à á ả ã ạ',
  ă: 'ă ằ ắ ẳ ẵ ặ',
  â: 'â ầ ấ ẩ ẫ ậ',
  e: 'e è é ẻ ẽ ẹ',
  ê: 'ê ề ế ể ễ ệ',
  i: 'i ì í ỉ ĩ ị',
  o: 'o ò ó ỏ õ ọ',
  ô: 'ô ồ ố ổ ỗ ộ',
  ơ: 'ơ ờ ớ ở ỡ ợ',
  u: 'u ù ú ủ ũ ụ',
  ư: 'ư ừ ứ ử ữ ự',
  y: 'y ỳ ý ỷ ỹ ỵ'
};
const BASE: Record<string, string> = { a: 'a', ă: 'a', â: 'a', e: 'e', ê: 'e', i: 'i', o: 'o', ô: 'o', ơ: 'o', u: 'u', ư: 'u', y: 'y' };

describe('normalizeText: Vietnamese', () => {
  const cases = Object.entries(VIETNAMESE_VOWELS).flatMap(([vowel, forms]) =>
    forms.split(' ').flatMap((form) => [
      { form, base: BASE[vowel] },
      { form: form.toUpperCase(), base: BASE[vowel] }
    ])
  );

  it('covers 12 vowels × 6 tones, in both cases, each one precomposed character', () => {
    expect(cases).toHaveLength(144);
    for (const { form } of cases) expect([...form]).toHaveLength(1);
    expect(new Set(cases.map((c) => c.form)).size).toBe(144);
  });

  it.each(cases)('$form → $base', ({ form, base }) => {
    expect(normalizeText(form)).toBe(base);
    // Typed decomposed (as some systems send it), the result is the same.
    expect(normalizeText(form.normalize('NFD'))).toBe(base);
  });

  it.each([
    ['đ', 'd'],
    ['Đ', 'd'],
    ['Đức', 'duc'],
    ['Hoài Đức', 'hoai duc'],
    ['Lê Văn Tuyến', 'le van tuyen'],
    ['Hà Nội', 'ha noi'],
    ['BỘ CÔNG AN', 'bo cong an'],
    ['Trần Lưu Quang', 'tran luu quang'],
    ['Phòng cháy, chữa cháy', 'phong chay, chua chay'],
    ['Nghị định thư', 'nghi dinh thu']
  ])('%s → %s', (text, normal) => {
    expect(normalizeText(text)).toBe(normal);
  });
});

describe('normalizeText: French, Spanish and others', () => {
  it.each([
    ['àâäéèêëîïôöùûüÿç', 'aaaeeeeiioouuuyc'],
    ['ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇ', 'aaaeeeeiioouuuyc'],
    ['œuvre', 'oeuvre'],
    ['Œuvre', 'oeuvre'],
    ['cœur', 'coeur'],
    ['ex æquo', 'ex aequo'],
    ['Æ', 'ae'],
    ['Straße', 'strasse'],
    ['ﬁnance', 'finance'],
    ['médaille', 'medaille'],
    ['Álvarez Casas', 'alvarez casas'],
    ['Raúl Castro', 'raul castro'],
    ['Díaz-Canel', 'diaz-canel'],
    ['España', 'espana'],
    ['Hanoï', 'hanoi'],
    ['MÉDAILLE', 'medaille']
  ])('%s → %s', (text, normal) => {
    expect(normalizeText(text)).toBe(normal);
  });

  it('leaves plain ASCII as it is, but lower case', () => {
    expect(normalizeText('Cooperation Agreement 2018')).toBe('cooperation agreement 2018');
  });

  it('turns a narrow no-break space into a space', () => {
    expect(normalizeText('«\u202fmédaille\u202f»')).toBe('« medaille »');
  });
});

describe('tokenize', () => {
  it.each([
    ['l’Intérieur', ['l', 'interieur']],
    ["l'Intérieur", ['l', 'interieur']],
    ['lʼIntérieur', ['l', 'interieur']],
    ['l‘Intérieur', ['l', 'interieur']],
    ['«\u202fmédaille\u202f»', ['medaille']],
    ['“médaille”', ['medaille']],
    ['"médaille"', ['medaille']],
    ['Díaz-Canel', ['diaz', 'canel']],
    ['huyện Hoài Đức, Hà Nội.', ['huyen', 'hoai', 'duc', 'ha', 'noi']],
    ['Ordre Hô Chi Minh (1re classe)', ['ordre', 'ho', 'chi', 'minh', '1re', 'classe']],
    ['10/2022', ['10', '2022']],
    ['  ', []],
    ['', []]
  ])('%s → %j', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});

describe('joinedForms', () => {
  it.each([
    ['Hà Nội', ['hanoi']],
    ['Lê Văn Tuyến', ['levan', 'levantuyen', 'vantuyen']],
    ['huyện Hoài Đức', ['huyenhoai', 'huyenhoaiduc', 'hoaiduc']],
    ['Cuba', []],
    ['Díaz-Canel', ['diazcanel']]
  ])('%s → %j', (name, forms) => {
    expect(joinedForms(name)).toEqual(forms);
  });

  it('joins at most six words, so a long name cannot blow up the index', () => {
    const forms = joinedForms('a b c d e f g h i j');
    expect(forms).toHaveLength(15);
    expect(forms).toContain('abcdef');
    expect(forms.some((form) => form.includes('g'))).toBe(false);
  });
});
