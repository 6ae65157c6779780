// Part of `npm test`: the browser tests drive Debian's Chromium and Firefox ESR (each with its Russian
// translations), make certificates with openssl and relay a team's sync through coturn. Installs them where it can (Debian or Ubuntu, as
// root or with password-less sudo); otherwise stops at once with the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-ru', 'openssl', 'coturn'];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_RU = '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const ready = () =>
  existsSync(chromium) &&
  (process.env.CHROMIUM_PATH || existsSync('/usr/lib/chromium/locales/ru.pak')) &&
  existsSync(firefox) &&
  (process.env.FIREFOX_PATH || existsSync(FIREFOX_RU)) &&
  has('openssl') &&
  has('turnserver');

if (!ready()) {
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const withSudo = !asRoot && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || !(asRoot || withSudo)) {
    console.error(`The browser tests need Debian's Chromium, Firefox ESR and coturn. Install them once, then run npm test again:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing ${PACKAGES.join(', ')} for the browser tests…`);
  const run = (args) => execFileSync(withSudo ? 'sudo' : args[0], withSudo ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...PACKAGES]);
  if (!ready()) {
    console.error(`${PACKAGES.join(', ')} installed, but ${chromium}, ${firefox} or their Russian translations are still missing.`);
    process.exit(1);
  }
}
