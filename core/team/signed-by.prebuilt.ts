// @ts-nocheck
// Written by `npm run compile-schemas` from signedBySchema (core/team/signed-record.ts): zod's compiled parser for it, to be used where code cannot be generated at run time. Do not edit.
import type { Prebuilt } from '../prebuilt-parser';

export const prebuilt: Prebuilt = { hash: "570:3eed1fe4", factory: function (INVALID, c0, c1) {
return (input) => {
if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
const v0 = input["by"];
if (typeof v0 !== "string") return INVALID;
c0.lastIndex = 0;
if (!c0.test(v0)) return INVALID;
const v1 = input["sig"];
if (typeof v1 !== "string") return INVALID;
const v2 = typeof v1 === "string" && v1.length >= 1 && v1.length < 2 ? c1(v1) : v1.length;
if (v2 < 1) return INVALID;
const v3 = typeof v1 === "string" && v1.length > 200 ? c1(v1) : v1.length;
if (v3 > 200) return INVALID;
const v4 = { "by": v0, "sig": v1 };
return v4;
}
} };
