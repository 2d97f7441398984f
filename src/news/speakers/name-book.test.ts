import { describe, expect, it } from 'vitest';
import { NameBook, rolesMatch } from './name-book.js';

describe('rolesMatch', () => {
  it.each([
    ['رئیس‌جمهوری روسیه', 'رئیس‌جمهوری روسیه', true],
    ['سخنگوی وزارت خارجه', 'سخنگوی وزارت خارجه ایران', true],
    ['سرمربی استقلال', 'سرمربی تیم فوتبال استقلال', true],
    ['وزیر نفت', 'وزیر نیرو', false],
    ['سخنگوی دولت', 'رئیس دولت', false],
  ])('«%s» and «%s» → %s', (a, b, expected) => {
    expect(rolesMatch(a.split(' '), b.split(' '))).toBe(expected);
  });
});

describe('NameBook', () => {
  it('expands a surname to the fullest recorded name: «پوتین» → «ولادیمیر پوتین», not a first name', () => {
    const book = new NameBook();
    book.addName('ولادیمیر پوتین');
    expect(book.fullName('پوتین')).toBe('ولادیمیر پوتین');
    expect(book.fullName('ولادیمیر')).toBe('ولادیمیر');
  });

  it('finds the name a role was given, nearest before the mention', () => {
    const book = new NameBook();
    book.addApposition('سخنگوی دولت', 'علی بهادری', 10);
    book.addApposition('سخنگوی دولت', 'فاطمه مهاجرانی', 500);
    expect(book.nameForRole('سخنگوی دولت', 600)).toBe('فاطمه مهاجرانی');
    expect(book.nameForRole('سخنگوی دولت', 100)).toBe('علی بهادری');
    expect(book.nameForRole('سخنگوی دولت', 0)).toBe('علی بهادری');
    expect(book.nameForRole('وزیر نفت', 600)).toBeUndefined();
  });
});
