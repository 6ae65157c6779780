// Part of `npm test`: the browser tests drive Debian's Chromium (with its Russian translations) and
// make certificates with openssl. Installs them where it can (Debian or Ubuntu, as root or with
// password-less sudo); otherwise stops at once with the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'chromium-l10n', 'openssl'];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const ready = () => existsSync(chromium) && (process.env.CHROMIUM_PATH || existsSync('/usr/lib/chromium/locales/ru.pak')) && has('openssl');

if (!ready()) {
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const withSudo = !asRoot && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || !(asRoot || withSudo)) {
    console.error(`The browser tests need Debian's Chromium. Install it once, then run npm test again:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing ${PACKAGES.join(', ')} for the browser tests…`);
  const run = (args) => execFileSync(withSudo ? 'sudo' : args[0], withSudo ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...PACKAGES]);
  if (!ready()) {
    console.error(`${PACKAGES.join(', ')} installed, but ${chromium} or its Russian translations are still missing.`);
    process.exit(1);
  }
}
