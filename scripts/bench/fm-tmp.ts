import { teamDocSize } from './team-doc-size';
import { fromBrowserPeer } from './fresh-member';
const team = await teamDocSize();
const joins = await fromBrowserPeer(team, 2);
console.log(joins.map((j) => j?.reopen));
