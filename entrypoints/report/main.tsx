import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { MonthlyReport } from '@/components/log/MonthlyReport';
import { ActionLog, rowsBetween } from '@/core/log/store';

document.documentElement.lang = uiLocale();
const month = new URLSearchParams(location.search).get('month') ?? new Date().toISOString().slice(0, 7);
const from = new Date(`${month}-01T00:00`);
const to = new Date(from.getFullYear(), from.getMonth() + 1, 1);
// Every record this browser holds: the moderator's own and the team's.
const rows = await rowsBetween(new ActionLog(), from.getTime(), to.getTime());
document.title = t('logReport');
render(<MonthlyReport rows={rows} month={month} />, document.getElementById('app')!);
