// Check-digit algorithms. A number whose key does not verify is not flagged: that is what keeps
// amounts, invoice and order numbers clean, so these must be exact.

/** Luhn (mod 10): SIREN, SIRET and payment card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Remainder of a long decimal string divided by 97, digit by digit (IBANs overflow a double). */
export function mod97(digits: string): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return rest;
}

/** IBAN check (ISO 13616): the first four characters moved to the end, letters as 10..35, mod 97 = 1. */
export function ibanValid(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const numeric = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

/** French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), account letters as digits. */
export function ribValid(bank: string, branch: string, account: string, key: string): boolean {
  const accountDigits = account
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => String('12345678912345678923456789'['ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(letter)]));
  const rest = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(accountDigits)) % 97;
  return 97 - rest === Number(key);
}

/** SIREN of La Poste: its SIRETs use a sum-of-digits rule instead of Luhn. */
export const LA_POSTE_SIREN = '356000000';

/** A SIRET is valid by Luhn, or, for La Poste's establishments, when its digits add up to a multiple of 5. */
export function siretValid(digits: string): boolean {
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  return luhnValid(digits);
}

/** Key of a French VAT number built on a SIREN: (12 + 3 × (SIREN mod 97)) mod 97. */
export function vatKey(siren: string): number {
  return (12 + 3 * (Number(siren) % 97)) % 97;
}

/** NIR key: 97 − (13 digits mod 97), Corsica's 2A and 2B counted as 19 and 18. */
export function nirKey(first13: string): number {
  const numeric = first13.toUpperCase().replace('2A', '19').replace('2B', '18');
  return 97 - mod97(numeric);
}
