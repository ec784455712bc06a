import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-strength.ts';

describe('passwordProblem', () => {
  it.each([
    ['', 'required'],
    ['Ab1!x', 'tooShort'],
    ['x'.repeat(129), 'tooLong'],
    ['12345678', 'common'],
    ['password', 'common'],
    ['Password123!', 'common'],
    ['P@ssw0rd2024', 'common'],
    ['matkhau@123', 'common'],
    ['Anhyeuem1990', 'common'],
    ['1q2w3e4r', 'common'],
    ['abcdefghij', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['hoaphuong99', 'weak'],
    ['hoaphuongdo', 'weak'],
    ['hoaphuongdoxanh', 'weak'],
  ])('refuses %j (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['Tr0ng-Dong!', 'Hoa-Phuong-2025', 'hoa phuong do 1975', 'mua thu ha noi vang'])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it('refuses a password that contains the username or the e-mail name', () => {
    expect(passwordProblem('Xnguyenvana1!', { username: 'nguyenvana' })).toBe('personal');
    expect(passwordProblem('Hoa.Binh.lan88!', { email: 'LAN88@example.com' })).toBe('personal');
    expect(passwordProblem('Hoa.Binh.lan88!', { username: 'lan' })).toBeNull();
  });
});
