import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from './tmp';

/** Debian's Chromium as this machine allows it: headless, no sandbox, nothing fetched from the network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Options = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'args'>;

/** A fresh Chromium with its own profile folder. */
export const launchChromium = (options: Options = {}): Promise<BrowserContext> =>
  chromium.launchPersistentContext(tempDir('chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    ...options,
  });
