import { describe, expect, it } from 'vitest';
import { WebhookAddressError, addressRange, isAllowedHost, isPublicAddress, resolveWebhookTarget, type Resolver } from './address-guard.ts';

describe('webhook address classifier', () => {
  it('refuses loopback, private, link-local, unique-local, CGNAT, multicast, unspecified and the IPv4-embedding IPv6 forms', () => {
    for (const address of [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.2.1',
      '198.18.0.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '::127.0.0.1',
      '2002:7f00:1::1',
      '64:ff9b::7f00:1',
      '2001::1',
      '2001:db8::1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(addressRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(addressRange('100.64.0.1')).toBe('carrierGradeNat');
    expect(addressRange('not an address')).toBeNull();
  });

  it('accepts global unicast addresses, IPv4-mapped ones too', () => {
    for (const address of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) expect(isPublicAddress(address), address).toBe(true);
  });
});

describe('webhook endpoint resolution', () => {
  const resolving =
    (...addresses: string[]): Resolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  const refusal = async (url: string, options: Partial<Parameters<typeof resolveWebhookTarget>[1]> = {}) => {
    try {
      await resolveWebhookTarget(new URL(url), { requireHttps: false, allowedHosts: [], ...options });
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookAddressError);
      return (error as WebhookAddressError).reason;
    }
  };

  it('refuses internal literals and names resolving to them', async () => {
    expect(await refusal('http://127.0.0.1:8080/hook')).toBe('address');
    expect(await refusal('http://[::1]/hook')).toBe('address');
    expect(await refusal('http://[::ffff:127.0.0.1]/hook')).toBe('address');
    expect(await refusal('http://2130706433/hook')).toBe('address');
    expect(await refusal('http://0x7f.1/hook')).toBe('address');
    expect(await refusal('https://metadata.example/', { resolver: resolving('169.254.169.254') })).toBe('address');
    // One internal answer among public ones is enough to refuse
    expect(await refusal('https://mixed.example/', { resolver: resolving('8.8.8.8', '10.1.1.1') })).toBe('address');
    expect(await refusal('https://nowhere.example/', { resolver: resolving() })).toBe('unresolvable');
    expect(await refusal('https://broken.example/', { resolver: () => Promise.reject(new Error('ENOTFOUND')) })).toBe('unresolvable');
  });

  it('requires https in production, and answers the checked address to connect to', async () => {
    expect(await refusal('http://hooks.example/', { requireHttps: true, resolver: resolving('8.8.8.8') })).toBe('scheme');
    expect(await refusal('ftp://hooks.example/', { resolver: resolving('8.8.8.8') })).toBe('scheme');
    await expect(resolveWebhookTarget(new URL('https://hooks.example/x'), { requireHttps: true, allowedHosts: [], resolver: resolving('8.8.4.4') })).resolves.toEqual({
      address: '8.8.4.4',
      family: 4,
    });
  });

  it('lets the allowlisted hosts (and ports) through', async () => {
    const allowedHosts = ['127.0.0.1:9000', 'hooks.internal', '[::1]'];
    await expect(resolveWebhookTarget(new URL('http://127.0.0.1:9000/'), { requireHttps: false, allowedHosts })).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    expect(await refusal('http://127.0.0.1:9001/', { allowedHosts })).toBe('address');
    expect(await refusal('http://[::1]:1234/', { allowedHosts })).toBeNull();
    expect(await refusal('https://HOOKS.internal/', { allowedHosts, resolver: resolving('10.0.0.7') })).toBeNull();
    expect(isAllowedHost(new URL('https://hooks.internal:8443/'), allowedHosts)).toBe(true);
    expect(isAllowedHost(new URL('https://other.internal/'), allowedHosts)).toBe(false);
    // The allowlist does not lift the https rule of production
    expect(await refusal('http://hooks.internal/', { allowedHosts, requireHttps: true, resolver: resolving('10.0.0.7') })).toBe('scheme');
  });
});
