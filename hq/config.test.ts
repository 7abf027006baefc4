import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('has defaults that serve on loopback from ./var/hq with embedded PostgreSQL', () => {
    const config = parseConfig({}, '/srv/ik');
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dataDir: '/srv/ik/var/hq',
      databaseUrl: undefined,
      publicUrl: undefined,
      logLevel: 'info',
      keyPassphrase: undefined,
      workspaceDir: undefined,
      deviceRateLimits: { device: { perSecond: 100, burst: 1000 }, address: { perSecond: 300, burst: 3000 } },
    });
  });

  it('reads every variable, and treats empty ones as unset', () => {
    const config = parseConfig(
      {
        HQ_HOST: '0.0.0.0',
        HQ_PORT: '9000',
        HQ_DATA_DIR: '/data',
        DATABASE_URL: 'postgres://u:p@db:5432/hq',
        HQ_PUBLIC_URL: 'https://hq.example.vn',
        LOG_LEVEL: 'warn',
        HQ_KEY_PASSPHRASE: '',
        HQ_DEVICE_RATE: '5',
        HQ_DEVICE_BURST: '50',
        HQ_IP_RATE: '0',
        HQ_IP_BURST: '',
        HQ_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/data',
      databaseUrl: 'postgres://u:p@db:5432/hq',
      publicUrl: 'https://hq.example.vn',
      logLevel: 'warn',
      keyPassphrase: undefined,
      deviceRateLimits: { device: { perSecond: 5, burst: 50 }, address: { perSecond: 0, burst: 3000 } },
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
    });
    expect(parseConfig({}).trustProxy).toBeUndefined();
  });

  it('names every bad variable in one clear error', () => {
    const attempt = () => parseConfig({ HQ_PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', HQ_DEVICE_RATE: '-1', HQ_TRUST_PROXY: 'true' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/HQ_PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*HQ_DEVICE_RATE[\s\S]*HQ_TRUST_PROXY/);
  });
});
