import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // storage: settings and drafts; alarms: "remind me at 06:00"; notifications: that reminder.
    // offscreen (Chrome): a document with WebRTC for team sync, which a service worker lacks.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The messengers only: to run there and to find a chat's tab when a reminder is clicked.
    host_permissions: ['https://web.max.ru/*', 'https://web.vk.me/*', 'https://vk.com/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'chat-steward@steward.school', strict_min_version: '115.0' } },
    }),
  }),
  vite: () => ({ plugins: [preact({ prefreshEnabled: false })] }),
  // `wxt build --analyze` (the bench): what each bundle is made of, as data it sums by package.
  analysis: { template: 'raw-data', outputFile: '.output/bundle-stats.json' },
});
