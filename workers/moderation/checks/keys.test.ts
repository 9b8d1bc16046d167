import { expect } from 'chai';
import { ibanValid, luhnValid, mod97, nirKey, ribValid, siretValid, vatKey } from './keys';

// Reference values are published examples (INSEE, the IBAN registry, Wikipedia's NIR), not
// numbers computed by the code under test.
describe('moderation keys', () => {
  it('Luhn accepts SIREN, SIRET and card numbers with a right key and rejects a changed digit', () => {
    expect(luhnValid('732829320')).to.equal(true);
    expect(luhnValid('732829321')).to.equal(false);
    expect(luhnValid('73282932000074')).to.equal(true);
    expect(luhnValid('73282932000075')).to.equal(false);
    expect(luhnValid('4111111111111111')).to.equal(true);
    expect(luhnValid('4111111111111112')).to.equal(false);
    expect(luhnValid('12 34')).to.equal(false);
  });

  it('takes La Poste SIRETs by their sum of digits, not Luhn', () => {
    // 35600000000015: digits add up to 20, Luhn fails; 35600000000016 adds up to 21.
    expect(luhnValid('35600000000015')).to.equal(false);
    expect(siretValid('35600000000015')).to.equal(true);
    expect(siretValid('35600000000016')).to.equal(false);
    expect(siretValid('73282932000074')).to.equal(true);
    expect(siretValid('7328293200007')).to.equal(false);
  });

  it('checks IBANs by mod 97, letters included', () => {
    expect(mod97('97')).to.equal(0);
    expect(mod97('123456789012345678901234567890')).to.equal(Number(123456789012345678901234567890n % 97n));
    expect(ibanValid('FR7630006000011234567890189')).to.equal(true);
    expect(ibanValid('FR7630006000011234567890188')).to.equal(false);
    expect(ibanValid('GB82WEST12345698765432')).to.equal(true);
    expect(ibanValid('gb82west12345698765432')).to.equal(true);
    expect(ibanValid('FR1420041010050500013M02606')).to.equal(true);
    expect(ibanValid('DE89370400440532013001')).to.equal(false);
  });

  it('checks RIB keys, VAT keys and NIR keys, Corsica included', () => {
    expect(ribValid('30006', '00001', '12345678901', '89')).to.equal(true);
    expect(ribValid('30006', '00001', '12345678901', '88')).to.equal(false);
    expect(vatKey('303265045')).to.equal(40);
    expect(nirKey('2550814168025')).to.equal(38);
    // 2A counts as 19: 178062A004123 → 1780619004123, key 27.
    expect(nirKey('178062A004123')).to.equal(27);
    expect(nirKey('178062a004123')).to.equal(27);
    expect(nirKey('178062B004123')).to.not.equal(27);
  });
});
