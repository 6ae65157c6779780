// @ts-nocheck
// Written by `npm run compile-schemas` from moderationActionSchema (core/moderation/actions.ts): zod's compiled parser for it, to be used where code cannot be generated at run time. Do not edit.
import type { Prebuilt } from '../prebuilt-parser';

export const prebuilt: Prebuilt = { hash: "81225:d3305ce4", factory: function (INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29) {
return (input) => {
const v0 = input?.["kind"];
let v1;
if (v0 === "rules-introduced") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v2 = input["id"];
  if (typeof v2 !== "string") return INVALID;
  const v3 = typeof v2 === "string" && v2.length >= 1 && v2.length < 2 ? c0(v2) : v2.length;
  if (v3 < 1) return INVALID;
  const v4 = typeof v2 === "string" && v2.length > 100 ? c0(v2) : v2.length;
  if (v4 > 100) return INVALID;
  const v5 = input["time"];
  if (typeof v5 !== "number" || !Number.isFinite(v5)) return INVALID;
  if (!Number.isSafeInteger(v5)) return INVALID;
  if (v5 < 0) return INVALID;
  if (v5 > 4102444800000) return INVALID;
  const v6 = input["actor"];
  if (typeof v6 !== "string") return INVALID;
  const v7 = c1(v6);
  const v8 = typeof v7 === "string" && v7.length >= 1 && v7.length < 2 ? c0(v7) : v7.length;
  if (v8 < 1) return INVALID;
  const v9 = typeof v7 === "string" && v7.length > 200 ? c0(v7) : v7.length;
  if (v9 > 200) return INVALID;
  const v10 = input["chat"];
  if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) return INVALID;
  const v11 = v10["site"];
  if (!c2.has(v11)) return INVALID;
  const v12 = v10["id"];
  if (typeof v12 !== "string") return INVALID;
  const v13 = typeof v12 === "string" && v12.length >= 1 && v12.length < 2 ? c0(v12) : v12.length;
  if (v13 < 1) return INVALID;
  const v14 = typeof v12 === "string" && v12.length > 100 ? c0(v12) : v12.length;
  if (v14 > 100) return INVALID;
  const v15 = v10["title"];
  if (typeof v15 !== "string") return INVALID;
  const v16 = typeof v15 === "string" && v15.length > 300 ? c0(v15) : v15.length;
  if (v16 > 300) return INVALID;
  const v17 = { "site": v11, "id": v12, "title": v15 };
  const v18 = input["clauses"];
  let v19 = (() => {
    let v20;
    if (v18 === undefined) {
      v20 = c4(c3());
    } else {
      if (!Array.isArray(v18)) return INVALID;
      if (v18.length > 20) return INVALID;
      const v21 = new Array(v18.length);
      for (let v22 = 0; v22 < v18.length; v22++) {
        const v23 = v18[v22];
        if (typeof v23 !== "string") return INVALID;
        const v24 = typeof v23 === "string" && v23.length > 40 ? c0(v23) : v23.length;
        if (v24 > 40) return INVALID;
        v21[v22] = v23;
      }
      const v25 = typeof v21 === "string" && v21.length > 20 ? c0(v21) : v21.length;
      if (v25 > 20) return INVALID;
      v20 = v21 === undefined ? c4(c3()) : v21;
    }
    return v20;
  })();
  if (v19 === INVALID) return INVALID;
  const v26 = input["subject"];
  if (typeof v26 !== "object" || v26 === null || Array.isArray(v26)) return INVALID;
  const v27 = v26["id"];
  if (typeof v27 !== "string") return INVALID;
  const v28 = c5(v27);
  const v29 = typeof v28 === "string" && v28.length >= 1 && v28.length < 2 ? c0(v28) : v28.length;
  if (v29 < 1) return INVALID;
  const v30 = typeof v28 === "string" && v28.length > 200 ? c0(v28) : v28.length;
  if (v30 > 200) return INVALID;
  const v31 = v26["name"];
  if (typeof v31 !== "string") return INVALID;
  const v32 = c6(v31);
  const v33 = typeof v32 === "string" && v32.length >= 1 && v32.length < 2 ? c0(v32) : v32.length;
  if (v33 < 1) return INVALID;
  const v34 = typeof v32 === "string" && v32.length > 200 ? c0(v32) : v32.length;
  if (v34 > 200) return INVALID;
  const v35 = { "id": v28, "name": v32 };
  const v36 = input["evidence"];
  let v37 = (() => {
    let v38;
    if (v36 !== undefined) {
      if (typeof v36 !== "string") return INVALID;
      const v39 = c7(v36);
      const v40 = typeof v39 === "string" && v39.length >= 1 && v39.length < 2 ? c0(v39) : v39.length;
      if (v40 < 1) return INVALID;
      const v41 = typeof v39 === "string" && v39.length > 300 ? c0(v39) : v39.length;
      if (v41 > 300) return INVALID;
      v38 = v39;
    }
    return v38;
  })();
  if (v37 === INVALID) {
    if ("evidence" in input) return INVALID;
    v37 = undefined;
  }
  const v42 = input["messageId"];
  let v43 = (() => {
    let v44;
    if (v42 !== undefined) {
      if (typeof v42 !== "string") return INVALID;
      const v45 = typeof v42 === "string" && v42.length >= 1 && v42.length < 2 ? c0(v42) : v42.length;
      if (v45 < 1) return INVALID;
      const v46 = typeof v42 === "string" && v42.length > 120 ? c0(v42) : v42.length;
      if (v46 > 120) return INVALID;
      v44 = v42;
    }
    return v44;
  })();
  if (v43 === INVALID) {
    if ("messageId" in input) return INVALID;
    v43 = undefined;
  }
  const v47 = input["kind"];
  if (v47 !== "rules-introduced") return INVALID;
  const v48 = {};
  v48["id"] = v2;
  v48["time"] = v5;
  v48["actor"] = v7;
  v48["chat"] = v17;
  v48["clauses"] = v19;
  v48["subject"] = v35;
  if ("evidence" in input) v48["evidence"] = v37;
  if ("messageId" in input) v48["messageId"] = v43;
  v48["kind"] = v47;
  v1 = v48;
}
else if (v0 === "rules-reminder") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v49 = input["id"];
  if (typeof v49 !== "string") return INVALID;
  const v50 = typeof v49 === "string" && v49.length >= 1 && v49.length < 2 ? c0(v49) : v49.length;
  if (v50 < 1) return INVALID;
  const v51 = typeof v49 === "string" && v49.length > 100 ? c0(v49) : v49.length;
  if (v51 > 100) return INVALID;
  const v52 = input["time"];
  if (typeof v52 !== "number" || !Number.isFinite(v52)) return INVALID;
  if (!Number.isSafeInteger(v52)) return INVALID;
  if (v52 < 0) return INVALID;
  if (v52 > 4102444800000) return INVALID;
  const v53 = input["actor"];
  if (typeof v53 !== "string") return INVALID;
  const v54 = c1(v53);
  const v55 = typeof v54 === "string" && v54.length >= 1 && v54.length < 2 ? c0(v54) : v54.length;
  if (v55 < 1) return INVALID;
  const v56 = typeof v54 === "string" && v54.length > 200 ? c0(v54) : v54.length;
  if (v56 > 200) return INVALID;
  const v57 = input["chat"];
  if (typeof v57 !== "object" || v57 === null || Array.isArray(v57)) return INVALID;
  const v58 = v57["site"];
  if (!c2.has(v58)) return INVALID;
  const v59 = v57["id"];
  if (typeof v59 !== "string") return INVALID;
  const v60 = typeof v59 === "string" && v59.length >= 1 && v59.length < 2 ? c0(v59) : v59.length;
  if (v60 < 1) return INVALID;
  const v61 = typeof v59 === "string" && v59.length > 100 ? c0(v59) : v59.length;
  if (v61 > 100) return INVALID;
  const v62 = v57["title"];
  if (typeof v62 !== "string") return INVALID;
  const v63 = typeof v62 === "string" && v62.length > 300 ? c0(v62) : v62.length;
  if (v63 > 300) return INVALID;
  const v64 = { "site": v58, "id": v59, "title": v62 };
  const v65 = input["clauses"];
  let v66 = (() => {
    let v67;
    if (v65 === undefined) {
      v67 = c4(c8());
    } else {
      if (!Array.isArray(v65)) return INVALID;
      if (v65.length > 20) return INVALID;
      const v68 = new Array(v65.length);
      for (let v69 = 0; v69 < v65.length; v69++) {
        const v70 = v65[v69];
        if (typeof v70 !== "string") return INVALID;
        const v71 = typeof v70 === "string" && v70.length > 40 ? c0(v70) : v70.length;
        if (v71 > 40) return INVALID;
        v68[v69] = v70;
      }
      const v72 = typeof v68 === "string" && v68.length > 20 ? c0(v68) : v68.length;
      if (v72 > 20) return INVALID;
      v67 = v68 === undefined ? c4(c8()) : v68;
    }
    return v67;
  })();
  if (v66 === INVALID) return INVALID;
  const v73 = input["subject"];
  let v74 = (() => {
    let v75;
    if (v73 !== undefined) {
      if (typeof v73 !== "object" || v73 === null || Array.isArray(v73)) return INVALID;
      const v76 = v73["id"];
      if (typeof v76 !== "string") return INVALID;
      const v77 = c5(v76);
      const v78 = typeof v77 === "string" && v77.length >= 1 && v77.length < 2 ? c0(v77) : v77.length;
      if (v78 < 1) return INVALID;
      const v79 = typeof v77 === "string" && v77.length > 200 ? c0(v77) : v77.length;
      if (v79 > 200) return INVALID;
      const v80 = v73["name"];
      if (typeof v80 !== "string") return INVALID;
      const v81 = c6(v80);
      const v82 = typeof v81 === "string" && v81.length >= 1 && v81.length < 2 ? c0(v81) : v81.length;
      if (v82 < 1) return INVALID;
      const v83 = typeof v81 === "string" && v81.length > 200 ? c0(v81) : v81.length;
      if (v83 > 200) return INVALID;
      const v84 = { "id": v77, "name": v81 };
      v75 = v84;
    }
    return v75;
  })();
  if (v74 === INVALID) {
    if ("subject" in input) return INVALID;
    v74 = undefined;
  }
  const v85 = input["evidence"];
  let v86 = (() => {
    let v87;
    if (v85 !== undefined) {
      if (typeof v85 !== "string") return INVALID;
      const v88 = c7(v85);
      const v89 = typeof v88 === "string" && v88.length >= 1 && v88.length < 2 ? c0(v88) : v88.length;
      if (v89 < 1) return INVALID;
      const v90 = typeof v88 === "string" && v88.length > 300 ? c0(v88) : v88.length;
      if (v90 > 300) return INVALID;
      v87 = v88;
    }
    return v87;
  })();
  if (v86 === INVALID) {
    if ("evidence" in input) return INVALID;
    v86 = undefined;
  }
  const v91 = input["messageId"];
  let v92 = (() => {
    let v93;
    if (v91 !== undefined) {
      if (typeof v91 !== "string") return INVALID;
      const v94 = typeof v91 === "string" && v91.length >= 1 && v91.length < 2 ? c0(v91) : v91.length;
      if (v94 < 1) return INVALID;
      const v95 = typeof v91 === "string" && v91.length > 120 ? c0(v91) : v91.length;
      if (v95 > 120) return INVALID;
      v93 = v91;
    }
    return v93;
  })();
  if (v92 === INVALID) {
    if ("messageId" in input) return INVALID;
    v92 = undefined;
  }
  const v96 = input["kind"];
  if (v96 !== "rules-reminder") return INVALID;
  const v97 = input["reason"];
  let v98 = (() => {
    let v99;
    if (v97 !== undefined) {
      if (typeof v97 !== "string") return INVALID;
      const v100 = c9(v97);
      const v101 = typeof v100 === "string" && v100.length >= 3 && v100.length < 6 ? c0(v100) : v100.length;
      if (v101 < 3) return INVALID;
      const v102 = typeof v100 === "string" && v100.length > 1000 ? c0(v100) : v100.length;
      if (v102 > 1000) return INVALID;
      v99 = v100;
    }
    return v99;
  })();
  if (v98 === INVALID) {
    if ("reason" in input) return INVALID;
    v98 = undefined;
  }
  const v103 = {};
  v103["id"] = v49;
  v103["time"] = v52;
  v103["actor"] = v54;
  v103["chat"] = v64;
  v103["clauses"] = v66;
  if ("subject" in input) v103["subject"] = v74;
  if ("evidence" in input) v103["evidence"] = v86;
  if ("messageId" in input) v103["messageId"] = v92;
  v103["kind"] = v96;
  if ("reason" in input) v103["reason"] = v98;
  v1 = v103;
}
else if (v0 === "violation") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v104 = input["id"];
  if (typeof v104 !== "string") return INVALID;
  const v105 = typeof v104 === "string" && v104.length >= 1 && v104.length < 2 ? c0(v104) : v104.length;
  if (v105 < 1) return INVALID;
  const v106 = typeof v104 === "string" && v104.length > 100 ? c0(v104) : v104.length;
  if (v106 > 100) return INVALID;
  const v107 = input["time"];
  if (typeof v107 !== "number" || !Number.isFinite(v107)) return INVALID;
  if (!Number.isSafeInteger(v107)) return INVALID;
  if (v107 < 0) return INVALID;
  if (v107 > 4102444800000) return INVALID;
  const v108 = input["actor"];
  if (typeof v108 !== "string") return INVALID;
  const v109 = c1(v108);
  const v110 = typeof v109 === "string" && v109.length >= 1 && v109.length < 2 ? c0(v109) : v109.length;
  if (v110 < 1) return INVALID;
  const v111 = typeof v109 === "string" && v109.length > 200 ? c0(v109) : v109.length;
  if (v111 > 200) return INVALID;
  const v112 = input["chat"];
  if (typeof v112 !== "object" || v112 === null || Array.isArray(v112)) return INVALID;
  const v113 = v112["site"];
  if (!c2.has(v113)) return INVALID;
  const v114 = v112["id"];
  if (typeof v114 !== "string") return INVALID;
  const v115 = typeof v114 === "string" && v114.length >= 1 && v114.length < 2 ? c0(v114) : v114.length;
  if (v115 < 1) return INVALID;
  const v116 = typeof v114 === "string" && v114.length > 100 ? c0(v114) : v114.length;
  if (v116 > 100) return INVALID;
  const v117 = v112["title"];
  if (typeof v117 !== "string") return INVALID;
  const v118 = typeof v117 === "string" && v117.length > 300 ? c0(v117) : v117.length;
  if (v118 > 300) return INVALID;
  const v119 = { "site": v113, "id": v114, "title": v117 };
  const v120 = input["clauses"];
  let v121 = (() => {
    let v122;
    if (v120 === undefined) {
      v122 = c4(c10());
    } else {
      if (!Array.isArray(v120)) return INVALID;
      if (v120.length > 20) return INVALID;
      const v123 = new Array(v120.length);
      for (let v124 = 0; v124 < v120.length; v124++) {
        const v125 = v120[v124];
        if (typeof v125 !== "string") return INVALID;
        const v126 = typeof v125 === "string" && v125.length > 40 ? c0(v125) : v125.length;
        if (v126 > 40) return INVALID;
        v123[v124] = v125;
      }
      const v127 = typeof v123 === "string" && v123.length > 20 ? c0(v123) : v123.length;
      if (v127 > 20) return INVALID;
      v122 = v123 === undefined ? c4(c10()) : v123;
    }
    return v122;
  })();
  if (v121 === INVALID) return INVALID;
  const v128 = input["subject"];
  if (typeof v128 !== "object" || v128 === null || Array.isArray(v128)) return INVALID;
  const v129 = v128["id"];
  if (typeof v129 !== "string") return INVALID;
  const v130 = c5(v129);
  const v131 = typeof v130 === "string" && v130.length >= 1 && v130.length < 2 ? c0(v130) : v130.length;
  if (v131 < 1) return INVALID;
  const v132 = typeof v130 === "string" && v130.length > 200 ? c0(v130) : v130.length;
  if (v132 > 200) return INVALID;
  const v133 = v128["name"];
  if (typeof v133 !== "string") return INVALID;
  const v134 = c6(v133);
  const v135 = typeof v134 === "string" && v134.length >= 1 && v134.length < 2 ? c0(v134) : v134.length;
  if (v135 < 1) return INVALID;
  const v136 = typeof v134 === "string" && v134.length > 200 ? c0(v134) : v134.length;
  if (v136 > 200) return INVALID;
  const v137 = { "id": v130, "name": v134 };
  const v138 = input["evidence"];
  let v139 = (() => {
    let v140;
    if (v138 !== undefined) {
      if (typeof v138 !== "string") return INVALID;
      const v141 = c7(v138);
      const v142 = typeof v141 === "string" && v141.length >= 1 && v141.length < 2 ? c0(v141) : v141.length;
      if (v142 < 1) return INVALID;
      const v143 = typeof v141 === "string" && v141.length > 300 ? c0(v141) : v141.length;
      if (v143 > 300) return INVALID;
      v140 = v141;
    }
    return v140;
  })();
  if (v139 === INVALID) {
    if ("evidence" in input) return INVALID;
    v139 = undefined;
  }
  const v144 = input["messageId"];
  let v145 = (() => {
    let v146;
    if (v144 !== undefined) {
      if (typeof v144 !== "string") return INVALID;
      const v147 = typeof v144 === "string" && v144.length >= 1 && v144.length < 2 ? c0(v144) : v144.length;
      if (v147 < 1) return INVALID;
      const v148 = typeof v144 === "string" && v144.length > 120 ? c0(v144) : v144.length;
      if (v148 > 120) return INVALID;
      v146 = v144;
    }
    return v146;
  })();
  if (v145 === INVALID) {
    if ("messageId" in input) return INVALID;
    v145 = undefined;
  }
  const v149 = input["kind"];
  if (v149 !== "violation") return INVALID;
  const v150 = input["reason"];
  if (typeof v150 !== "string") return INVALID;
  const v151 = c9(v150);
  const v152 = typeof v151 === "string" && v151.length >= 3 && v151.length < 6 ? c0(v151) : v151.length;
  if (v152 < 3) return INVALID;
  const v153 = typeof v151 === "string" && v151.length > 1000 ? c0(v151) : v151.length;
  if (v153 > 1000) return INVALID;
  const v154 = {};
  v154["id"] = v104;
  v154["time"] = v107;
  v154["actor"] = v109;
  v154["chat"] = v119;
  v154["clauses"] = v121;
  v154["subject"] = v137;
  if ("evidence" in input) v154["evidence"] = v139;
  if ("messageId" in input) v154["messageId"] = v145;
  v154["kind"] = v149;
  v154["reason"] = v151;
  v1 = v154;
}
else if (v0 === "message-deleted") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v155 = input["id"];
  if (typeof v155 !== "string") return INVALID;
  const v156 = typeof v155 === "string" && v155.length >= 1 && v155.length < 2 ? c0(v155) : v155.length;
  if (v156 < 1) return INVALID;
  const v157 = typeof v155 === "string" && v155.length > 100 ? c0(v155) : v155.length;
  if (v157 > 100) return INVALID;
  const v158 = input["time"];
  if (typeof v158 !== "number" || !Number.isFinite(v158)) return INVALID;
  if (!Number.isSafeInteger(v158)) return INVALID;
  if (v158 < 0) return INVALID;
  if (v158 > 4102444800000) return INVALID;
  const v159 = input["actor"];
  if (typeof v159 !== "string") return INVALID;
  const v160 = c1(v159);
  const v161 = typeof v160 === "string" && v160.length >= 1 && v160.length < 2 ? c0(v160) : v160.length;
  if (v161 < 1) return INVALID;
  const v162 = typeof v160 === "string" && v160.length > 200 ? c0(v160) : v160.length;
  if (v162 > 200) return INVALID;
  const v163 = input["chat"];
  if (typeof v163 !== "object" || v163 === null || Array.isArray(v163)) return INVALID;
  const v164 = v163["site"];
  if (!c2.has(v164)) return INVALID;
  const v165 = v163["id"];
  if (typeof v165 !== "string") return INVALID;
  const v166 = typeof v165 === "string" && v165.length >= 1 && v165.length < 2 ? c0(v165) : v165.length;
  if (v166 < 1) return INVALID;
  const v167 = typeof v165 === "string" && v165.length > 100 ? c0(v165) : v165.length;
  if (v167 > 100) return INVALID;
  const v168 = v163["title"];
  if (typeof v168 !== "string") return INVALID;
  const v169 = typeof v168 === "string" && v168.length > 300 ? c0(v168) : v168.length;
  if (v169 > 300) return INVALID;
  const v170 = { "site": v164, "id": v165, "title": v168 };
  const v171 = input["clauses"];
  let v172 = (() => {
    let v173;
    if (v171 === undefined) {
      v173 = c4(c11());
    } else {
      if (!Array.isArray(v171)) return INVALID;
      if (v171.length > 20) return INVALID;
      const v174 = new Array(v171.length);
      for (let v175 = 0; v175 < v171.length; v175++) {
        const v176 = v171[v175];
        if (typeof v176 !== "string") return INVALID;
        const v177 = typeof v176 === "string" && v176.length > 40 ? c0(v176) : v176.length;
        if (v177 > 40) return INVALID;
        v174[v175] = v176;
      }
      const v178 = typeof v174 === "string" && v174.length > 20 ? c0(v174) : v174.length;
      if (v178 > 20) return INVALID;
      v173 = v174 === undefined ? c4(c11()) : v174;
    }
    return v173;
  })();
  if (v172 === INVALID) return INVALID;
  const v179 = input["subject"];
  if (typeof v179 !== "object" || v179 === null || Array.isArray(v179)) return INVALID;
  const v180 = v179["id"];
  if (typeof v180 !== "string") return INVALID;
  const v181 = c5(v180);
  const v182 = typeof v181 === "string" && v181.length >= 1 && v181.length < 2 ? c0(v181) : v181.length;
  if (v182 < 1) return INVALID;
  const v183 = typeof v181 === "string" && v181.length > 200 ? c0(v181) : v181.length;
  if (v183 > 200) return INVALID;
  const v184 = v179["name"];
  if (typeof v184 !== "string") return INVALID;
  const v185 = c6(v184);
  const v186 = typeof v185 === "string" && v185.length >= 1 && v185.length < 2 ? c0(v185) : v185.length;
  if (v186 < 1) return INVALID;
  const v187 = typeof v185 === "string" && v185.length > 200 ? c0(v185) : v185.length;
  if (v187 > 200) return INVALID;
  const v188 = { "id": v181, "name": v185 };
  const v189 = input["evidence"];
  let v190 = (() => {
    let v191;
    if (v189 !== undefined) {
      if (typeof v189 !== "string") return INVALID;
      const v192 = c7(v189);
      const v193 = typeof v192 === "string" && v192.length >= 1 && v192.length < 2 ? c0(v192) : v192.length;
      if (v193 < 1) return INVALID;
      const v194 = typeof v192 === "string" && v192.length > 300 ? c0(v192) : v192.length;
      if (v194 > 300) return INVALID;
      v191 = v192;
    }
    return v191;
  })();
  if (v190 === INVALID) {
    if ("evidence" in input) return INVALID;
    v190 = undefined;
  }
  const v195 = input["messageId"];
  let v196 = (() => {
    let v197;
    if (v195 !== undefined) {
      if (typeof v195 !== "string") return INVALID;
      const v198 = typeof v195 === "string" && v195.length >= 1 && v195.length < 2 ? c0(v195) : v195.length;
      if (v198 < 1) return INVALID;
      const v199 = typeof v195 === "string" && v195.length > 120 ? c0(v195) : v195.length;
      if (v199 > 120) return INVALID;
      v197 = v195;
    }
    return v197;
  })();
  if (v196 === INVALID) {
    if ("messageId" in input) return INVALID;
    v196 = undefined;
  }
  const v200 = input["kind"];
  if (v200 !== "message-deleted") return INVALID;
  const v201 = input["reason"];
  if (typeof v201 !== "string") return INVALID;
  const v202 = c9(v201);
  const v203 = typeof v202 === "string" && v202.length >= 3 && v202.length < 6 ? c0(v202) : v202.length;
  if (v203 < 3) return INVALID;
  const v204 = typeof v202 === "string" && v202.length > 1000 ? c0(v202) : v202.length;
  if (v204 > 1000) return INVALID;
  const v205 = {};
  v205["id"] = v155;
  v205["time"] = v158;
  v205["actor"] = v160;
  v205["chat"] = v170;
  v205["clauses"] = v172;
  v205["subject"] = v188;
  if ("evidence" in input) v205["evidence"] = v190;
  if ("messageId" in input) v205["messageId"] = v196;
  v205["kind"] = v200;
  v205["reason"] = v202;
  v1 = v205;
}
else if (v0 === "blocked") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v206 = input["id"];
  if (typeof v206 !== "string") return INVALID;
  const v207 = typeof v206 === "string" && v206.length >= 1 && v206.length < 2 ? c0(v206) : v206.length;
  if (v207 < 1) return INVALID;
  const v208 = typeof v206 === "string" && v206.length > 100 ? c0(v206) : v206.length;
  if (v208 > 100) return INVALID;
  const v209 = input["time"];
  if (typeof v209 !== "number" || !Number.isFinite(v209)) return INVALID;
  if (!Number.isSafeInteger(v209)) return INVALID;
  if (v209 < 0) return INVALID;
  if (v209 > 4102444800000) return INVALID;
  const v210 = input["actor"];
  if (typeof v210 !== "string") return INVALID;
  const v211 = c1(v210);
  const v212 = typeof v211 === "string" && v211.length >= 1 && v211.length < 2 ? c0(v211) : v211.length;
  if (v212 < 1) return INVALID;
  const v213 = typeof v211 === "string" && v211.length > 200 ? c0(v211) : v211.length;
  if (v213 > 200) return INVALID;
  const v214 = input["chat"];
  if (typeof v214 !== "object" || v214 === null || Array.isArray(v214)) return INVALID;
  const v215 = v214["site"];
  if (!c2.has(v215)) return INVALID;
  const v216 = v214["id"];
  if (typeof v216 !== "string") return INVALID;
  const v217 = typeof v216 === "string" && v216.length >= 1 && v216.length < 2 ? c0(v216) : v216.length;
  if (v217 < 1) return INVALID;
  const v218 = typeof v216 === "string" && v216.length > 100 ? c0(v216) : v216.length;
  if (v218 > 100) return INVALID;
  const v219 = v214["title"];
  if (typeof v219 !== "string") return INVALID;
  const v220 = typeof v219 === "string" && v219.length > 300 ? c0(v219) : v219.length;
  if (v220 > 300) return INVALID;
  const v221 = { "site": v215, "id": v216, "title": v219 };
  const v222 = input["clauses"];
  let v223 = (() => {
    let v224;
    if (v222 === undefined) {
      v224 = c4(c12());
    } else {
      if (!Array.isArray(v222)) return INVALID;
      if (v222.length > 20) return INVALID;
      const v225 = new Array(v222.length);
      for (let v226 = 0; v226 < v222.length; v226++) {
        const v227 = v222[v226];
        if (typeof v227 !== "string") return INVALID;
        const v228 = typeof v227 === "string" && v227.length > 40 ? c0(v227) : v227.length;
        if (v228 > 40) return INVALID;
        v225[v226] = v227;
      }
      const v229 = typeof v225 === "string" && v225.length > 20 ? c0(v225) : v225.length;
      if (v229 > 20) return INVALID;
      v224 = v225 === undefined ? c4(c12()) : v225;
    }
    return v224;
  })();
  if (v223 === INVALID) return INVALID;
  const v230 = input["subject"];
  if (typeof v230 !== "object" || v230 === null || Array.isArray(v230)) return INVALID;
  const v231 = v230["id"];
  if (typeof v231 !== "string") return INVALID;
  const v232 = c5(v231);
  const v233 = typeof v232 === "string" && v232.length >= 1 && v232.length < 2 ? c0(v232) : v232.length;
  if (v233 < 1) return INVALID;
  const v234 = typeof v232 === "string" && v232.length > 200 ? c0(v232) : v232.length;
  if (v234 > 200) return INVALID;
  const v235 = v230["name"];
  if (typeof v235 !== "string") return INVALID;
  const v236 = c6(v235);
  const v237 = typeof v236 === "string" && v236.length >= 1 && v236.length < 2 ? c0(v236) : v236.length;
  if (v237 < 1) return INVALID;
  const v238 = typeof v236 === "string" && v236.length > 200 ? c0(v236) : v236.length;
  if (v238 > 200) return INVALID;
  const v239 = { "id": v232, "name": v236 };
  const v240 = input["evidence"];
  let v241 = (() => {
    let v242;
    if (v240 !== undefined) {
      if (typeof v240 !== "string") return INVALID;
      const v243 = c7(v240);
      const v244 = typeof v243 === "string" && v243.length >= 1 && v243.length < 2 ? c0(v243) : v243.length;
      if (v244 < 1) return INVALID;
      const v245 = typeof v243 === "string" && v243.length > 300 ? c0(v243) : v243.length;
      if (v245 > 300) return INVALID;
      v242 = v243;
    }
    return v242;
  })();
  if (v241 === INVALID) {
    if ("evidence" in input) return INVALID;
    v241 = undefined;
  }
  const v246 = input["messageId"];
  let v247 = (() => {
    let v248;
    if (v246 !== undefined) {
      if (typeof v246 !== "string") return INVALID;
      const v249 = typeof v246 === "string" && v246.length >= 1 && v246.length < 2 ? c0(v246) : v246.length;
      if (v249 < 1) return INVALID;
      const v250 = typeof v246 === "string" && v246.length > 120 ? c0(v246) : v246.length;
      if (v250 > 120) return INVALID;
      v248 = v246;
    }
    return v248;
  })();
  if (v247 === INVALID) {
    if ("messageId" in input) return INVALID;
    v247 = undefined;
  }
  const v251 = input["kind"];
  if (v251 !== "blocked") return INVALID;
  const v252 = input["until"];
  if (typeof v252 !== "number" || !Number.isFinite(v252)) return INVALID;
  if (!Number.isSafeInteger(v252)) return INVALID;
  if (v252 < 0) return INVALID;
  if (v252 > 4102444800000) return INVALID;
  const v253 = input["reason"];
  if (typeof v253 !== "string") return INVALID;
  const v254 = c9(v253);
  const v255 = typeof v254 === "string" && v254.length >= 3 && v254.length < 6 ? c0(v254) : v254.length;
  if (v255 < 3) return INVALID;
  const v256 = typeof v254 === "string" && v254.length > 1000 ? c0(v254) : v254.length;
  if (v256 > 1000) return INVALID;
  const v257 = input["directorAuthorisation"];
  let v258 = (() => {
    let v259;
    if (v257 !== undefined) {
      if (typeof v257 !== "string") return INVALID;
      const v260 = c13(v257);
      const v261 = typeof v260 === "string" && v260.length >= 3 && v260.length < 6 ? c0(v260) : v260.length;
      if (v261 < 3) return INVALID;
      const v262 = typeof v260 === "string" && v260.length > 300 ? c0(v260) : v260.length;
      if (v262 > 300) return INVALID;
      v259 = v260;
    }
    return v259;
  })();
  if (v258 === INVALID) {
    if ("directorAuthorisation" in input) return INVALID;
    v258 = undefined;
  }
  const v263 = {};
  v263["id"] = v206;
  v263["time"] = v209;
  v263["actor"] = v211;
  v263["chat"] = v221;
  v263["clauses"] = v223;
  v263["subject"] = v239;
  if ("evidence" in input) v263["evidence"] = v241;
  if ("messageId" in input) v263["messageId"] = v247;
  v263["kind"] = v251;
  v263["until"] = v252;
  v263["reason"] = v254;
  if ("directorAuthorisation" in input) v263["directorAuthorisation"] = v258;
  v1 = v263;
}
else if (v0 === "unblocked") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v264 = input["id"];
  if (typeof v264 !== "string") return INVALID;
  const v265 = typeof v264 === "string" && v264.length >= 1 && v264.length < 2 ? c0(v264) : v264.length;
  if (v265 < 1) return INVALID;
  const v266 = typeof v264 === "string" && v264.length > 100 ? c0(v264) : v264.length;
  if (v266 > 100) return INVALID;
  const v267 = input["time"];
  if (typeof v267 !== "number" || !Number.isFinite(v267)) return INVALID;
  if (!Number.isSafeInteger(v267)) return INVALID;
  if (v267 < 0) return INVALID;
  if (v267 > 4102444800000) return INVALID;
  const v268 = input["actor"];
  if (typeof v268 !== "string") return INVALID;
  const v269 = c1(v268);
  const v270 = typeof v269 === "string" && v269.length >= 1 && v269.length < 2 ? c0(v269) : v269.length;
  if (v270 < 1) return INVALID;
  const v271 = typeof v269 === "string" && v269.length > 200 ? c0(v269) : v269.length;
  if (v271 > 200) return INVALID;
  const v272 = input["chat"];
  if (typeof v272 !== "object" || v272 === null || Array.isArray(v272)) return INVALID;
  const v273 = v272["site"];
  if (!c2.has(v273)) return INVALID;
  const v274 = v272["id"];
  if (typeof v274 !== "string") return INVALID;
  const v275 = typeof v274 === "string" && v274.length >= 1 && v274.length < 2 ? c0(v274) : v274.length;
  if (v275 < 1) return INVALID;
  const v276 = typeof v274 === "string" && v274.length > 100 ? c0(v274) : v274.length;
  if (v276 > 100) return INVALID;
  const v277 = v272["title"];
  if (typeof v277 !== "string") return INVALID;
  const v278 = typeof v277 === "string" && v277.length > 300 ? c0(v277) : v277.length;
  if (v278 > 300) return INVALID;
  const v279 = { "site": v273, "id": v274, "title": v277 };
  const v280 = input["clauses"];
  let v281 = (() => {
    let v282;
    if (v280 === undefined) {
      v282 = c4(c14());
    } else {
      if (!Array.isArray(v280)) return INVALID;
      if (v280.length > 20) return INVALID;
      const v283 = new Array(v280.length);
      for (let v284 = 0; v284 < v280.length; v284++) {
        const v285 = v280[v284];
        if (typeof v285 !== "string") return INVALID;
        const v286 = typeof v285 === "string" && v285.length > 40 ? c0(v285) : v285.length;
        if (v286 > 40) return INVALID;
        v283[v284] = v285;
      }
      const v287 = typeof v283 === "string" && v283.length > 20 ? c0(v283) : v283.length;
      if (v287 > 20) return INVALID;
      v282 = v283 === undefined ? c4(c14()) : v283;
    }
    return v282;
  })();
  if (v281 === INVALID) return INVALID;
  const v288 = input["subject"];
  if (typeof v288 !== "object" || v288 === null || Array.isArray(v288)) return INVALID;
  const v289 = v288["id"];
  if (typeof v289 !== "string") return INVALID;
  const v290 = c5(v289);
  const v291 = typeof v290 === "string" && v290.length >= 1 && v290.length < 2 ? c0(v290) : v290.length;
  if (v291 < 1) return INVALID;
  const v292 = typeof v290 === "string" && v290.length > 200 ? c0(v290) : v290.length;
  if (v292 > 200) return INVALID;
  const v293 = v288["name"];
  if (typeof v293 !== "string") return INVALID;
  const v294 = c6(v293);
  const v295 = typeof v294 === "string" && v294.length >= 1 && v294.length < 2 ? c0(v294) : v294.length;
  if (v295 < 1) return INVALID;
  const v296 = typeof v294 === "string" && v294.length > 200 ? c0(v294) : v294.length;
  if (v296 > 200) return INVALID;
  const v297 = { "id": v290, "name": v294 };
  const v298 = input["evidence"];
  let v299 = (() => {
    let v300;
    if (v298 !== undefined) {
      if (typeof v298 !== "string") return INVALID;
      const v301 = c7(v298);
      const v302 = typeof v301 === "string" && v301.length >= 1 && v301.length < 2 ? c0(v301) : v301.length;
      if (v302 < 1) return INVALID;
      const v303 = typeof v301 === "string" && v301.length > 300 ? c0(v301) : v301.length;
      if (v303 > 300) return INVALID;
      v300 = v301;
    }
    return v300;
  })();
  if (v299 === INVALID) {
    if ("evidence" in input) return INVALID;
    v299 = undefined;
  }
  const v304 = input["messageId"];
  let v305 = (() => {
    let v306;
    if (v304 !== undefined) {
      if (typeof v304 !== "string") return INVALID;
      const v307 = typeof v304 === "string" && v304.length >= 1 && v304.length < 2 ? c0(v304) : v304.length;
      if (v307 < 1) return INVALID;
      const v308 = typeof v304 === "string" && v304.length > 120 ? c0(v304) : v304.length;
      if (v308 > 120) return INVALID;
      v306 = v304;
    }
    return v306;
  })();
  if (v305 === INVALID) {
    if ("messageId" in input) return INVALID;
    v305 = undefined;
  }
  const v309 = input["kind"];
  if (v309 !== "unblocked") return INVALID;
  const v310 = input["apology"];
  if (typeof v310 !== "boolean") return INVALID;
  const v311 = input["objections"];
  if (typeof v311 !== "boolean") return INVALID;
  const v312 = input["reason"];
  let v313 = (() => {
    let v314;
    if (v312 !== undefined) {
      if (typeof v312 !== "string") return INVALID;
      const v315 = c9(v312);
      const v316 = typeof v315 === "string" && v315.length >= 3 && v315.length < 6 ? c0(v315) : v315.length;
      if (v316 < 3) return INVALID;
      const v317 = typeof v315 === "string" && v315.length > 1000 ? c0(v315) : v315.length;
      if (v317 > 1000) return INVALID;
      v314 = v315;
    }
    return v314;
  })();
  if (v313 === INVALID) {
    if ("reason" in input) return INVALID;
    v313 = undefined;
  }
  const v318 = {};
  v318["id"] = v264;
  v318["time"] = v267;
  v318["actor"] = v269;
  v318["chat"] = v279;
  v318["clauses"] = v281;
  v318["subject"] = v297;
  if ("evidence" in input) v318["evidence"] = v299;
  if ("messageId" in input) v318["messageId"] = v305;
  v318["kind"] = v309;
  v318["apology"] = v310;
  v318["objections"] = v311;
  if ("reason" in input) v318["reason"] = v313;
  v1 = v318;
}
else if (v0 === "objection") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v319 = input["id"];
  if (typeof v319 !== "string") return INVALID;
  const v320 = typeof v319 === "string" && v319.length >= 1 && v319.length < 2 ? c0(v319) : v319.length;
  if (v320 < 1) return INVALID;
  const v321 = typeof v319 === "string" && v319.length > 100 ? c0(v319) : v319.length;
  if (v321 > 100) return INVALID;
  const v322 = input["time"];
  if (typeof v322 !== "number" || !Number.isFinite(v322)) return INVALID;
  if (!Number.isSafeInteger(v322)) return INVALID;
  if (v322 < 0) return INVALID;
  if (v322 > 4102444800000) return INVALID;
  const v323 = input["actor"];
  if (typeof v323 !== "string") return INVALID;
  const v324 = c1(v323);
  const v325 = typeof v324 === "string" && v324.length >= 1 && v324.length < 2 ? c0(v324) : v324.length;
  if (v325 < 1) return INVALID;
  const v326 = typeof v324 === "string" && v324.length > 200 ? c0(v324) : v324.length;
  if (v326 > 200) return INVALID;
  const v327 = input["chat"];
  if (typeof v327 !== "object" || v327 === null || Array.isArray(v327)) return INVALID;
  const v328 = v327["site"];
  if (!c2.has(v328)) return INVALID;
  const v329 = v327["id"];
  if (typeof v329 !== "string") return INVALID;
  const v330 = typeof v329 === "string" && v329.length >= 1 && v329.length < 2 ? c0(v329) : v329.length;
  if (v330 < 1) return INVALID;
  const v331 = typeof v329 === "string" && v329.length > 100 ? c0(v329) : v329.length;
  if (v331 > 100) return INVALID;
  const v332 = v327["title"];
  if (typeof v332 !== "string") return INVALID;
  const v333 = typeof v332 === "string" && v332.length > 300 ? c0(v332) : v332.length;
  if (v333 > 300) return INVALID;
  const v334 = { "site": v328, "id": v329, "title": v332 };
  const v335 = input["clauses"];
  let v336 = (() => {
    let v337;
    if (v335 === undefined) {
      v337 = c4(c15());
    } else {
      if (!Array.isArray(v335)) return INVALID;
      if (v335.length > 20) return INVALID;
      const v338 = new Array(v335.length);
      for (let v339 = 0; v339 < v335.length; v339++) {
        const v340 = v335[v339];
        if (typeof v340 !== "string") return INVALID;
        const v341 = typeof v340 === "string" && v340.length > 40 ? c0(v340) : v340.length;
        if (v341 > 40) return INVALID;
        v338[v339] = v340;
      }
      const v342 = typeof v338 === "string" && v338.length > 20 ? c0(v338) : v338.length;
      if (v342 > 20) return INVALID;
      v337 = v338 === undefined ? c4(c15()) : v338;
    }
    return v337;
  })();
  if (v336 === INVALID) return INVALID;
  const v343 = input["subject"];
  if (typeof v343 !== "object" || v343 === null || Array.isArray(v343)) return INVALID;
  const v344 = v343["id"];
  if (typeof v344 !== "string") return INVALID;
  const v345 = c5(v344);
  const v346 = typeof v345 === "string" && v345.length >= 1 && v345.length < 2 ? c0(v345) : v345.length;
  if (v346 < 1) return INVALID;
  const v347 = typeof v345 === "string" && v345.length > 200 ? c0(v345) : v345.length;
  if (v347 > 200) return INVALID;
  const v348 = v343["name"];
  if (typeof v348 !== "string") return INVALID;
  const v349 = c6(v348);
  const v350 = typeof v349 === "string" && v349.length >= 1 && v349.length < 2 ? c0(v349) : v349.length;
  if (v350 < 1) return INVALID;
  const v351 = typeof v349 === "string" && v349.length > 200 ? c0(v349) : v349.length;
  if (v351 > 200) return INVALID;
  const v352 = { "id": v345, "name": v349 };
  const v353 = input["evidence"];
  let v354 = (() => {
    let v355;
    if (v353 !== undefined) {
      if (typeof v353 !== "string") return INVALID;
      const v356 = c7(v353);
      const v357 = typeof v356 === "string" && v356.length >= 1 && v356.length < 2 ? c0(v356) : v356.length;
      if (v357 < 1) return INVALID;
      const v358 = typeof v356 === "string" && v356.length > 300 ? c0(v356) : v356.length;
      if (v358 > 300) return INVALID;
      v355 = v356;
    }
    return v355;
  })();
  if (v354 === INVALID) {
    if ("evidence" in input) return INVALID;
    v354 = undefined;
  }
  const v359 = input["messageId"];
  let v360 = (() => {
    let v361;
    if (v359 !== undefined) {
      if (typeof v359 !== "string") return INVALID;
      const v362 = typeof v359 === "string" && v359.length >= 1 && v359.length < 2 ? c0(v359) : v359.length;
      if (v362 < 1) return INVALID;
      const v363 = typeof v359 === "string" && v359.length > 120 ? c0(v359) : v359.length;
      if (v363 > 120) return INVALID;
      v361 = v359;
    }
    return v361;
  })();
  if (v360 === INVALID) {
    if ("messageId" in input) return INVALID;
    v360 = undefined;
  }
  const v364 = input["kind"];
  if (v364 !== "objection") return INVALID;
  const v365 = input["objector"];
  if (typeof v365 !== "string") return INVALID;
  const v366 = c16(v365);
  const v367 = typeof v366 === "string" && v366.length >= 1 && v366.length < 2 ? c0(v366) : v366.length;
  if (v367 < 1) return INVALID;
  const v368 = typeof v366 === "string" && v366.length > 200 ? c0(v366) : v366.length;
  if (v368 > 200) return INVALID;
  const v369 = input["reason"];
  let v370 = (() => {
    let v371;
    if (v369 !== undefined) {
      if (typeof v369 !== "string") return INVALID;
      const v372 = c9(v369);
      const v373 = typeof v372 === "string" && v372.length >= 3 && v372.length < 6 ? c0(v372) : v372.length;
      if (v373 < 3) return INVALID;
      const v374 = typeof v372 === "string" && v372.length > 1000 ? c0(v372) : v372.length;
      if (v374 > 1000) return INVALID;
      v371 = v372;
    }
    return v371;
  })();
  if (v370 === INVALID) {
    if ("reason" in input) return INVALID;
    v370 = undefined;
  }
  const v375 = {};
  v375["id"] = v319;
  v375["time"] = v322;
  v375["actor"] = v324;
  v375["chat"] = v334;
  v375["clauses"] = v336;
  v375["subject"] = v352;
  if ("evidence" in input) v375["evidence"] = v354;
  if ("messageId" in input) v375["messageId"] = v360;
  v375["kind"] = v364;
  v375["objector"] = v366;
  if ("reason" in input) v375["reason"] = v370;
  v1 = v375;
}
else if (v0 === "objection-withdrawn") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v376 = input["id"];
  if (typeof v376 !== "string") return INVALID;
  const v377 = typeof v376 === "string" && v376.length >= 1 && v376.length < 2 ? c0(v376) : v376.length;
  if (v377 < 1) return INVALID;
  const v378 = typeof v376 === "string" && v376.length > 100 ? c0(v376) : v376.length;
  if (v378 > 100) return INVALID;
  const v379 = input["time"];
  if (typeof v379 !== "number" || !Number.isFinite(v379)) return INVALID;
  if (!Number.isSafeInteger(v379)) return INVALID;
  if (v379 < 0) return INVALID;
  if (v379 > 4102444800000) return INVALID;
  const v380 = input["actor"];
  if (typeof v380 !== "string") return INVALID;
  const v381 = c1(v380);
  const v382 = typeof v381 === "string" && v381.length >= 1 && v381.length < 2 ? c0(v381) : v381.length;
  if (v382 < 1) return INVALID;
  const v383 = typeof v381 === "string" && v381.length > 200 ? c0(v381) : v381.length;
  if (v383 > 200) return INVALID;
  const v384 = input["chat"];
  if (typeof v384 !== "object" || v384 === null || Array.isArray(v384)) return INVALID;
  const v385 = v384["site"];
  if (!c2.has(v385)) return INVALID;
  const v386 = v384["id"];
  if (typeof v386 !== "string") return INVALID;
  const v387 = typeof v386 === "string" && v386.length >= 1 && v386.length < 2 ? c0(v386) : v386.length;
  if (v387 < 1) return INVALID;
  const v388 = typeof v386 === "string" && v386.length > 100 ? c0(v386) : v386.length;
  if (v388 > 100) return INVALID;
  const v389 = v384["title"];
  if (typeof v389 !== "string") return INVALID;
  const v390 = typeof v389 === "string" && v389.length > 300 ? c0(v389) : v389.length;
  if (v390 > 300) return INVALID;
  const v391 = { "site": v385, "id": v386, "title": v389 };
  const v392 = input["clauses"];
  let v393 = (() => {
    let v394;
    if (v392 === undefined) {
      v394 = c4(c17());
    } else {
      if (!Array.isArray(v392)) return INVALID;
      if (v392.length > 20) return INVALID;
      const v395 = new Array(v392.length);
      for (let v396 = 0; v396 < v392.length; v396++) {
        const v397 = v392[v396];
        if (typeof v397 !== "string") return INVALID;
        const v398 = typeof v397 === "string" && v397.length > 40 ? c0(v397) : v397.length;
        if (v398 > 40) return INVALID;
        v395[v396] = v397;
      }
      const v399 = typeof v395 === "string" && v395.length > 20 ? c0(v395) : v395.length;
      if (v399 > 20) return INVALID;
      v394 = v395 === undefined ? c4(c17()) : v395;
    }
    return v394;
  })();
  if (v393 === INVALID) return INVALID;
  const v400 = input["subject"];
  if (typeof v400 !== "object" || v400 === null || Array.isArray(v400)) return INVALID;
  const v401 = v400["id"];
  if (typeof v401 !== "string") return INVALID;
  const v402 = c5(v401);
  const v403 = typeof v402 === "string" && v402.length >= 1 && v402.length < 2 ? c0(v402) : v402.length;
  if (v403 < 1) return INVALID;
  const v404 = typeof v402 === "string" && v402.length > 200 ? c0(v402) : v402.length;
  if (v404 > 200) return INVALID;
  const v405 = v400["name"];
  if (typeof v405 !== "string") return INVALID;
  const v406 = c6(v405);
  const v407 = typeof v406 === "string" && v406.length >= 1 && v406.length < 2 ? c0(v406) : v406.length;
  if (v407 < 1) return INVALID;
  const v408 = typeof v406 === "string" && v406.length > 200 ? c0(v406) : v406.length;
  if (v408 > 200) return INVALID;
  const v409 = { "id": v402, "name": v406 };
  const v410 = input["evidence"];
  let v411 = (() => {
    let v412;
    if (v410 !== undefined) {
      if (typeof v410 !== "string") return INVALID;
      const v413 = c7(v410);
      const v414 = typeof v413 === "string" && v413.length >= 1 && v413.length < 2 ? c0(v413) : v413.length;
      if (v414 < 1) return INVALID;
      const v415 = typeof v413 === "string" && v413.length > 300 ? c0(v413) : v413.length;
      if (v415 > 300) return INVALID;
      v412 = v413;
    }
    return v412;
  })();
  if (v411 === INVALID) {
    if ("evidence" in input) return INVALID;
    v411 = undefined;
  }
  const v416 = input["messageId"];
  let v417 = (() => {
    let v418;
    if (v416 !== undefined) {
      if (typeof v416 !== "string") return INVALID;
      const v419 = typeof v416 === "string" && v416.length >= 1 && v416.length < 2 ? c0(v416) : v416.length;
      if (v419 < 1) return INVALID;
      const v420 = typeof v416 === "string" && v416.length > 120 ? c0(v416) : v416.length;
      if (v420 > 120) return INVALID;
      v418 = v416;
    }
    return v418;
  })();
  if (v417 === INVALID) {
    if ("messageId" in input) return INVALID;
    v417 = undefined;
  }
  const v421 = input["kind"];
  if (v421 !== "objection-withdrawn") return INVALID;
  const v422 = input["objector"];
  if (typeof v422 !== "string") return INVALID;
  const v423 = c16(v422);
  const v424 = typeof v423 === "string" && v423.length >= 1 && v423.length < 2 ? c0(v423) : v423.length;
  if (v424 < 1) return INVALID;
  const v425 = typeof v423 === "string" && v423.length > 200 ? c0(v423) : v423.length;
  if (v425 > 200) return INVALID;
  const v426 = {};
  v426["id"] = v376;
  v426["time"] = v379;
  v426["actor"] = v381;
  v426["chat"] = v391;
  v426["clauses"] = v393;
  v426["subject"] = v409;
  if ("evidence" in input) v426["evidence"] = v411;
  if ("messageId" in input) v426["messageId"] = v417;
  v426["kind"] = v421;
  v426["objector"] = v423;
  v1 = v426;
}
else if (v0 === "block-expired") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v427 = input["id"];
  if (typeof v427 !== "string") return INVALID;
  const v428 = typeof v427 === "string" && v427.length >= 1 && v427.length < 2 ? c0(v427) : v427.length;
  if (v428 < 1) return INVALID;
  const v429 = typeof v427 === "string" && v427.length > 100 ? c0(v427) : v427.length;
  if (v429 > 100) return INVALID;
  const v430 = input["time"];
  if (typeof v430 !== "number" || !Number.isFinite(v430)) return INVALID;
  if (!Number.isSafeInteger(v430)) return INVALID;
  if (v430 < 0) return INVALID;
  if (v430 > 4102444800000) return INVALID;
  const v431 = input["actor"];
  if (typeof v431 !== "string") return INVALID;
  const v432 = c1(v431);
  const v433 = typeof v432 === "string" && v432.length >= 1 && v432.length < 2 ? c0(v432) : v432.length;
  if (v433 < 1) return INVALID;
  const v434 = typeof v432 === "string" && v432.length > 200 ? c0(v432) : v432.length;
  if (v434 > 200) return INVALID;
  const v435 = input["chat"];
  if (typeof v435 !== "object" || v435 === null || Array.isArray(v435)) return INVALID;
  const v436 = v435["site"];
  if (!c2.has(v436)) return INVALID;
  const v437 = v435["id"];
  if (typeof v437 !== "string") return INVALID;
  const v438 = typeof v437 === "string" && v437.length >= 1 && v437.length < 2 ? c0(v437) : v437.length;
  if (v438 < 1) return INVALID;
  const v439 = typeof v437 === "string" && v437.length > 100 ? c0(v437) : v437.length;
  if (v439 > 100) return INVALID;
  const v440 = v435["title"];
  if (typeof v440 !== "string") return INVALID;
  const v441 = typeof v440 === "string" && v440.length > 300 ? c0(v440) : v440.length;
  if (v441 > 300) return INVALID;
  const v442 = { "site": v436, "id": v437, "title": v440 };
  const v443 = input["clauses"];
  let v444 = (() => {
    let v445;
    if (v443 === undefined) {
      v445 = c4(c18());
    } else {
      if (!Array.isArray(v443)) return INVALID;
      if (v443.length > 20) return INVALID;
      const v446 = new Array(v443.length);
      for (let v447 = 0; v447 < v443.length; v447++) {
        const v448 = v443[v447];
        if (typeof v448 !== "string") return INVALID;
        const v449 = typeof v448 === "string" && v448.length > 40 ? c0(v448) : v448.length;
        if (v449 > 40) return INVALID;
        v446[v447] = v448;
      }
      const v450 = typeof v446 === "string" && v446.length > 20 ? c0(v446) : v446.length;
      if (v450 > 20) return INVALID;
      v445 = v446 === undefined ? c4(c18()) : v446;
    }
    return v445;
  })();
  if (v444 === INVALID) return INVALID;
  const v451 = input["subject"];
  if (typeof v451 !== "object" || v451 === null || Array.isArray(v451)) return INVALID;
  const v452 = v451["id"];
  if (typeof v452 !== "string") return INVALID;
  const v453 = c5(v452);
  const v454 = typeof v453 === "string" && v453.length >= 1 && v453.length < 2 ? c0(v453) : v453.length;
  if (v454 < 1) return INVALID;
  const v455 = typeof v453 === "string" && v453.length > 200 ? c0(v453) : v453.length;
  if (v455 > 200) return INVALID;
  const v456 = v451["name"];
  if (typeof v456 !== "string") return INVALID;
  const v457 = c6(v456);
  const v458 = typeof v457 === "string" && v457.length >= 1 && v457.length < 2 ? c0(v457) : v457.length;
  if (v458 < 1) return INVALID;
  const v459 = typeof v457 === "string" && v457.length > 200 ? c0(v457) : v457.length;
  if (v459 > 200) return INVALID;
  const v460 = { "id": v453, "name": v457 };
  const v461 = input["evidence"];
  let v462 = (() => {
    let v463;
    if (v461 !== undefined) {
      if (typeof v461 !== "string") return INVALID;
      const v464 = c7(v461);
      const v465 = typeof v464 === "string" && v464.length >= 1 && v464.length < 2 ? c0(v464) : v464.length;
      if (v465 < 1) return INVALID;
      const v466 = typeof v464 === "string" && v464.length > 300 ? c0(v464) : v464.length;
      if (v466 > 300) return INVALID;
      v463 = v464;
    }
    return v463;
  })();
  if (v462 === INVALID) {
    if ("evidence" in input) return INVALID;
    v462 = undefined;
  }
  const v467 = input["messageId"];
  let v468 = (() => {
    let v469;
    if (v467 !== undefined) {
      if (typeof v467 !== "string") return INVALID;
      const v470 = typeof v467 === "string" && v467.length >= 1 && v467.length < 2 ? c0(v467) : v467.length;
      if (v470 < 1) return INVALID;
      const v471 = typeof v467 === "string" && v467.length > 120 ? c0(v467) : v467.length;
      if (v471 > 120) return INVALID;
      v469 = v467;
    }
    return v469;
  })();
  if (v468 === INVALID) {
    if ("messageId" in input) return INVALID;
    v468 = undefined;
  }
  const v472 = input["kind"];
  if (v472 !== "block-expired") return INVALID;
  const v473 = {};
  v473["id"] = v427;
  v473["time"] = v430;
  v473["actor"] = v432;
  v473["chat"] = v442;
  v473["clauses"] = v444;
  v473["subject"] = v460;
  if ("evidence" in input) v473["evidence"] = v462;
  if ("messageId" in input) v473["messageId"] = v468;
  v473["kind"] = v472;
  v1 = v473;
}
else if (v0 === "removed") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v474 = input["id"];
  if (typeof v474 !== "string") return INVALID;
  const v475 = typeof v474 === "string" && v474.length >= 1 && v474.length < 2 ? c0(v474) : v474.length;
  if (v475 < 1) return INVALID;
  const v476 = typeof v474 === "string" && v474.length > 100 ? c0(v474) : v474.length;
  if (v476 > 100) return INVALID;
  const v477 = input["time"];
  if (typeof v477 !== "number" || !Number.isFinite(v477)) return INVALID;
  if (!Number.isSafeInteger(v477)) return INVALID;
  if (v477 < 0) return INVALID;
  if (v477 > 4102444800000) return INVALID;
  const v478 = input["actor"];
  if (typeof v478 !== "string") return INVALID;
  const v479 = c1(v478);
  const v480 = typeof v479 === "string" && v479.length >= 1 && v479.length < 2 ? c0(v479) : v479.length;
  if (v480 < 1) return INVALID;
  const v481 = typeof v479 === "string" && v479.length > 200 ? c0(v479) : v479.length;
  if (v481 > 200) return INVALID;
  const v482 = input["chat"];
  if (typeof v482 !== "object" || v482 === null || Array.isArray(v482)) return INVALID;
  const v483 = v482["site"];
  if (!c2.has(v483)) return INVALID;
  const v484 = v482["id"];
  if (typeof v484 !== "string") return INVALID;
  const v485 = typeof v484 === "string" && v484.length >= 1 && v484.length < 2 ? c0(v484) : v484.length;
  if (v485 < 1) return INVALID;
  const v486 = typeof v484 === "string" && v484.length > 100 ? c0(v484) : v484.length;
  if (v486 > 100) return INVALID;
  const v487 = v482["title"];
  if (typeof v487 !== "string") return INVALID;
  const v488 = typeof v487 === "string" && v487.length > 300 ? c0(v487) : v487.length;
  if (v488 > 300) return INVALID;
  const v489 = { "site": v483, "id": v484, "title": v487 };
  const v490 = input["clauses"];
  let v491 = (() => {
    let v492;
    if (v490 === undefined) {
      v492 = c4(c19());
    } else {
      if (!Array.isArray(v490)) return INVALID;
      if (v490.length > 20) return INVALID;
      const v493 = new Array(v490.length);
      for (let v494 = 0; v494 < v490.length; v494++) {
        const v495 = v490[v494];
        if (typeof v495 !== "string") return INVALID;
        const v496 = typeof v495 === "string" && v495.length > 40 ? c0(v495) : v495.length;
        if (v496 > 40) return INVALID;
        v493[v494] = v495;
      }
      const v497 = typeof v493 === "string" && v493.length > 20 ? c0(v493) : v493.length;
      if (v497 > 20) return INVALID;
      v492 = v493 === undefined ? c4(c19()) : v493;
    }
    return v492;
  })();
  if (v491 === INVALID) return INVALID;
  const v498 = input["subject"];
  if (typeof v498 !== "object" || v498 === null || Array.isArray(v498)) return INVALID;
  const v499 = v498["id"];
  if (typeof v499 !== "string") return INVALID;
  const v500 = c5(v499);
  const v501 = typeof v500 === "string" && v500.length >= 1 && v500.length < 2 ? c0(v500) : v500.length;
  if (v501 < 1) return INVALID;
  const v502 = typeof v500 === "string" && v500.length > 200 ? c0(v500) : v500.length;
  if (v502 > 200) return INVALID;
  const v503 = v498["name"];
  if (typeof v503 !== "string") return INVALID;
  const v504 = c6(v503);
  const v505 = typeof v504 === "string" && v504.length >= 1 && v504.length < 2 ? c0(v504) : v504.length;
  if (v505 < 1) return INVALID;
  const v506 = typeof v504 === "string" && v504.length > 200 ? c0(v504) : v504.length;
  if (v506 > 200) return INVALID;
  const v507 = { "id": v500, "name": v504 };
  const v508 = input["evidence"];
  let v509 = (() => {
    let v510;
    if (v508 !== undefined) {
      if (typeof v508 !== "string") return INVALID;
      const v511 = c7(v508);
      const v512 = typeof v511 === "string" && v511.length >= 1 && v511.length < 2 ? c0(v511) : v511.length;
      if (v512 < 1) return INVALID;
      const v513 = typeof v511 === "string" && v511.length > 300 ? c0(v511) : v511.length;
      if (v513 > 300) return INVALID;
      v510 = v511;
    }
    return v510;
  })();
  if (v509 === INVALID) {
    if ("evidence" in input) return INVALID;
    v509 = undefined;
  }
  const v514 = input["messageId"];
  let v515 = (() => {
    let v516;
    if (v514 !== undefined) {
      if (typeof v514 !== "string") return INVALID;
      const v517 = typeof v514 === "string" && v514.length >= 1 && v514.length < 2 ? c0(v514) : v514.length;
      if (v517 < 1) return INVALID;
      const v518 = typeof v514 === "string" && v514.length > 120 ? c0(v514) : v514.length;
      if (v518 > 120) return INVALID;
      v516 = v514;
    }
    return v516;
  })();
  if (v515 === INVALID) {
    if ("messageId" in input) return INVALID;
    v515 = undefined;
  }
  const v519 = input["kind"];
  if (v519 !== "removed") return INVALID;
  const v520 = input["leaver"];
  if (!c20.has(v520)) return INVALID;
  const v521 = input["parents"];
  let v522 = (() => {
    let v523;
    if (v521 === undefined) {
      v523 = c4(c21());
    } else {
      if (!Array.isArray(v521)) return INVALID;
      if (v521.length > 20) return INVALID;
      const v524 = new Array(v521.length);
      for (let v525 = 0; v525 < v521.length; v525++) {
        const v526 = v521[v525];
        if (typeof v526 !== "object" || v526 === null || Array.isArray(v526)) return INVALID;
        const v527 = v526["id"];
        if (typeof v527 !== "string") return INVALID;
        const v528 = c5(v527);
        const v529 = typeof v528 === "string" && v528.length >= 1 && v528.length < 2 ? c0(v528) : v528.length;
        if (v529 < 1) return INVALID;
        const v530 = typeof v528 === "string" && v528.length > 200 ? c0(v528) : v528.length;
        if (v530 > 200) return INVALID;
        const v531 = v526["name"];
        if (typeof v531 !== "string") return INVALID;
        const v532 = c6(v531);
        const v533 = typeof v532 === "string" && v532.length >= 1 && v532.length < 2 ? c0(v532) : v532.length;
        if (v533 < 1) return INVALID;
        const v534 = typeof v532 === "string" && v532.length > 200 ? c0(v532) : v532.length;
        if (v534 > 200) return INVALID;
        const v535 = { "id": v528, "name": v532 };
        v524[v525] = v535;
      }
      const v536 = typeof v524 === "string" && v524.length > 20 ? c0(v524) : v524.length;
      if (v536 > 20) return INVALID;
      v523 = v524 === undefined ? c4(c21()) : v524;
    }
    return v523;
  })();
  if (v522 === INVALID) return INVALID;
  const v537 = {};
  v537["id"] = v474;
  v537["time"] = v477;
  v537["actor"] = v479;
  v537["chat"] = v489;
  v537["clauses"] = v491;
  v537["subject"] = v507;
  if ("evidence" in input) v537["evidence"] = v509;
  if ("messageId" in input) v537["messageId"] = v515;
  v537["kind"] = v519;
  v537["leaver"] = v520;
  v537["parents"] = v522;
  v1 = v537;
}
else if (v0 === "note") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v538 = input["id"];
  if (typeof v538 !== "string") return INVALID;
  const v539 = typeof v538 === "string" && v538.length >= 1 && v538.length < 2 ? c0(v538) : v538.length;
  if (v539 < 1) return INVALID;
  const v540 = typeof v538 === "string" && v538.length > 100 ? c0(v538) : v538.length;
  if (v540 > 100) return INVALID;
  const v541 = input["time"];
  if (typeof v541 !== "number" || !Number.isFinite(v541)) return INVALID;
  if (!Number.isSafeInteger(v541)) return INVALID;
  if (v541 < 0) return INVALID;
  if (v541 > 4102444800000) return INVALID;
  const v542 = input["actor"];
  if (typeof v542 !== "string") return INVALID;
  const v543 = c1(v542);
  const v544 = typeof v543 === "string" && v543.length >= 1 && v543.length < 2 ? c0(v543) : v543.length;
  if (v544 < 1) return INVALID;
  const v545 = typeof v543 === "string" && v543.length > 200 ? c0(v543) : v543.length;
  if (v545 > 200) return INVALID;
  const v546 = input["chat"];
  if (typeof v546 !== "object" || v546 === null || Array.isArray(v546)) return INVALID;
  const v547 = v546["site"];
  if (!c2.has(v547)) return INVALID;
  const v548 = v546["id"];
  if (typeof v548 !== "string") return INVALID;
  const v549 = typeof v548 === "string" && v548.length >= 1 && v548.length < 2 ? c0(v548) : v548.length;
  if (v549 < 1) return INVALID;
  const v550 = typeof v548 === "string" && v548.length > 100 ? c0(v548) : v548.length;
  if (v550 > 100) return INVALID;
  const v551 = v546["title"];
  if (typeof v551 !== "string") return INVALID;
  const v552 = typeof v551 === "string" && v551.length > 300 ? c0(v551) : v551.length;
  if (v552 > 300) return INVALID;
  const v553 = { "site": v547, "id": v548, "title": v551 };
  const v554 = input["clauses"];
  let v555 = (() => {
    let v556;
    if (v554 === undefined) {
      v556 = c4(c22());
    } else {
      if (!Array.isArray(v554)) return INVALID;
      if (v554.length > 20) return INVALID;
      const v557 = new Array(v554.length);
      for (let v558 = 0; v558 < v554.length; v558++) {
        const v559 = v554[v558];
        if (typeof v559 !== "string") return INVALID;
        const v560 = typeof v559 === "string" && v559.length > 40 ? c0(v559) : v559.length;
        if (v560 > 40) return INVALID;
        v557[v558] = v559;
      }
      const v561 = typeof v557 === "string" && v557.length > 20 ? c0(v557) : v557.length;
      if (v561 > 20) return INVALID;
      v556 = v557 === undefined ? c4(c22()) : v557;
    }
    return v556;
  })();
  if (v555 === INVALID) return INVALID;
  const v562 = input["subject"];
  let v563 = (() => {
    let v564;
    if (v562 !== undefined) {
      if (typeof v562 !== "object" || v562 === null || Array.isArray(v562)) return INVALID;
      const v565 = v562["id"];
      if (typeof v565 !== "string") return INVALID;
      const v566 = c5(v565);
      const v567 = typeof v566 === "string" && v566.length >= 1 && v566.length < 2 ? c0(v566) : v566.length;
      if (v567 < 1) return INVALID;
      const v568 = typeof v566 === "string" && v566.length > 200 ? c0(v566) : v566.length;
      if (v568 > 200) return INVALID;
      const v569 = v562["name"];
      if (typeof v569 !== "string") return INVALID;
      const v570 = c6(v569);
      const v571 = typeof v570 === "string" && v570.length >= 1 && v570.length < 2 ? c0(v570) : v570.length;
      if (v571 < 1) return INVALID;
      const v572 = typeof v570 === "string" && v570.length > 200 ? c0(v570) : v570.length;
      if (v572 > 200) return INVALID;
      const v573 = { "id": v566, "name": v570 };
      v564 = v573;
    }
    return v564;
  })();
  if (v563 === INVALID) {
    if ("subject" in input) return INVALID;
    v563 = undefined;
  }
  const v574 = input["evidence"];
  let v575 = (() => {
    let v576;
    if (v574 !== undefined) {
      if (typeof v574 !== "string") return INVALID;
      const v577 = c7(v574);
      const v578 = typeof v577 === "string" && v577.length >= 1 && v577.length < 2 ? c0(v577) : v577.length;
      if (v578 < 1) return INVALID;
      const v579 = typeof v577 === "string" && v577.length > 300 ? c0(v577) : v577.length;
      if (v579 > 300) return INVALID;
      v576 = v577;
    }
    return v576;
  })();
  if (v575 === INVALID) {
    if ("evidence" in input) return INVALID;
    v575 = undefined;
  }
  const v580 = input["messageId"];
  let v581 = (() => {
    let v582;
    if (v580 !== undefined) {
      if (typeof v580 !== "string") return INVALID;
      const v583 = typeof v580 === "string" && v580.length >= 1 && v580.length < 2 ? c0(v580) : v580.length;
      if (v583 < 1) return INVALID;
      const v584 = typeof v580 === "string" && v580.length > 120 ? c0(v580) : v580.length;
      if (v584 > 120) return INVALID;
      v582 = v580;
    }
    return v582;
  })();
  if (v581 === INVALID) {
    if ("messageId" in input) return INVALID;
    v581 = undefined;
  }
  const v585 = input["kind"];
  if (v585 !== "note") return INVALID;
  const v586 = input["text"];
  if (typeof v586 !== "string") return INVALID;
  const v587 = c23(v586);
  const v588 = typeof v587 === "string" && v587.length >= 1 && v587.length < 2 ? c0(v587) : v587.length;
  if (v588 < 1) return INVALID;
  const v589 = typeof v587 === "string" && v587.length > 4000 ? c0(v587) : v587.length;
  if (v589 > 4000) return INVALID;
  const v590 = {};
  v590["id"] = v538;
  v590["time"] = v541;
  v590["actor"] = v543;
  v590["chat"] = v553;
  v590["clauses"] = v555;
  if ("subject" in input) v590["subject"] = v563;
  if ("evidence" in input) v590["evidence"] = v575;
  if ("messageId" in input) v590["messageId"] = v581;
  v590["kind"] = v585;
  v590["text"] = v587;
  v1 = v590;
}
else if (v0 === "quiet-hours-override") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v591 = input["id"];
  if (typeof v591 !== "string") return INVALID;
  const v592 = typeof v591 === "string" && v591.length >= 1 && v591.length < 2 ? c0(v591) : v591.length;
  if (v592 < 1) return INVALID;
  const v593 = typeof v591 === "string" && v591.length > 100 ? c0(v591) : v591.length;
  if (v593 > 100) return INVALID;
  const v594 = input["time"];
  if (typeof v594 !== "number" || !Number.isFinite(v594)) return INVALID;
  if (!Number.isSafeInteger(v594)) return INVALID;
  if (v594 < 0) return INVALID;
  if (v594 > 4102444800000) return INVALID;
  const v595 = input["actor"];
  if (typeof v595 !== "string") return INVALID;
  const v596 = c1(v595);
  const v597 = typeof v596 === "string" && v596.length >= 1 && v596.length < 2 ? c0(v596) : v596.length;
  if (v597 < 1) return INVALID;
  const v598 = typeof v596 === "string" && v596.length > 200 ? c0(v596) : v596.length;
  if (v598 > 200) return INVALID;
  const v599 = input["chat"];
  if (typeof v599 !== "object" || v599 === null || Array.isArray(v599)) return INVALID;
  const v600 = v599["site"];
  if (!c2.has(v600)) return INVALID;
  const v601 = v599["id"];
  if (typeof v601 !== "string") return INVALID;
  const v602 = typeof v601 === "string" && v601.length >= 1 && v601.length < 2 ? c0(v601) : v601.length;
  if (v602 < 1) return INVALID;
  const v603 = typeof v601 === "string" && v601.length > 100 ? c0(v601) : v601.length;
  if (v603 > 100) return INVALID;
  const v604 = v599["title"];
  if (typeof v604 !== "string") return INVALID;
  const v605 = typeof v604 === "string" && v604.length > 300 ? c0(v604) : v604.length;
  if (v605 > 300) return INVALID;
  const v606 = { "site": v600, "id": v601, "title": v604 };
  const v607 = input["clauses"];
  let v608 = (() => {
    let v609;
    if (v607 === undefined) {
      v609 = c4(c24());
    } else {
      if (!Array.isArray(v607)) return INVALID;
      if (v607.length > 20) return INVALID;
      const v610 = new Array(v607.length);
      for (let v611 = 0; v611 < v607.length; v611++) {
        const v612 = v607[v611];
        if (typeof v612 !== "string") return INVALID;
        const v613 = typeof v612 === "string" && v612.length > 40 ? c0(v612) : v612.length;
        if (v613 > 40) return INVALID;
        v610[v611] = v612;
      }
      const v614 = typeof v610 === "string" && v610.length > 20 ? c0(v610) : v610.length;
      if (v614 > 20) return INVALID;
      v609 = v610 === undefined ? c4(c24()) : v610;
    }
    return v609;
  })();
  if (v608 === INVALID) return INVALID;
  const v615 = input["subject"];
  let v616 = (() => {
    let v617;
    if (v615 !== undefined) {
      if (typeof v615 !== "object" || v615 === null || Array.isArray(v615)) return INVALID;
      const v618 = v615["id"];
      if (typeof v618 !== "string") return INVALID;
      const v619 = c5(v618);
      const v620 = typeof v619 === "string" && v619.length >= 1 && v619.length < 2 ? c0(v619) : v619.length;
      if (v620 < 1) return INVALID;
      const v621 = typeof v619 === "string" && v619.length > 200 ? c0(v619) : v619.length;
      if (v621 > 200) return INVALID;
      const v622 = v615["name"];
      if (typeof v622 !== "string") return INVALID;
      const v623 = c6(v622);
      const v624 = typeof v623 === "string" && v623.length >= 1 && v623.length < 2 ? c0(v623) : v623.length;
      if (v624 < 1) return INVALID;
      const v625 = typeof v623 === "string" && v623.length > 200 ? c0(v623) : v623.length;
      if (v625 > 200) return INVALID;
      const v626 = { "id": v619, "name": v623 };
      v617 = v626;
    }
    return v617;
  })();
  if (v616 === INVALID) {
    if ("subject" in input) return INVALID;
    v616 = undefined;
  }
  const v627 = input["evidence"];
  let v628 = (() => {
    let v629;
    if (v627 !== undefined) {
      if (typeof v627 !== "string") return INVALID;
      const v630 = c7(v627);
      const v631 = typeof v630 === "string" && v630.length >= 1 && v630.length < 2 ? c0(v630) : v630.length;
      if (v631 < 1) return INVALID;
      const v632 = typeof v630 === "string" && v630.length > 300 ? c0(v630) : v630.length;
      if (v632 > 300) return INVALID;
      v629 = v630;
    }
    return v629;
  })();
  if (v628 === INVALID) {
    if ("evidence" in input) return INVALID;
    v628 = undefined;
  }
  const v633 = input["messageId"];
  let v634 = (() => {
    let v635;
    if (v633 !== undefined) {
      if (typeof v633 !== "string") return INVALID;
      const v636 = typeof v633 === "string" && v633.length >= 1 && v633.length < 2 ? c0(v633) : v633.length;
      if (v636 < 1) return INVALID;
      const v637 = typeof v633 === "string" && v633.length > 120 ? c0(v633) : v633.length;
      if (v637 > 120) return INVALID;
      v635 = v633;
    }
    return v635;
  })();
  if (v634 === INVALID) {
    if ("messageId" in input) return INVALID;
    v634 = undefined;
  }
  const v638 = input["kind"];
  if (v638 !== "quiet-hours-override") return INVALID;
  const v639 = input["reason"];
  if (typeof v639 !== "string") return INVALID;
  const v640 = c25(v639);
  const v641 = typeof v640 === "string" && v640.length >= 3 && v640.length < 6 ? c0(v640) : v640.length;
  if (v641 < 3) return INVALID;
  const v642 = typeof v640 === "string" && v640.length > 500 ? c0(v640) : v640.length;
  if (v642 > 500) return INVALID;
  const v643 = input["timeZone"];
  if (typeof v643 !== "string") return INVALID;
  const v644 = typeof v643 === "string" && v643.length > 64 ? c0(v643) : v643.length;
  if (v644 > 64) return INVALID;
  const v645 = {};
  v645["id"] = v591;
  v645["time"] = v594;
  v645["actor"] = v596;
  v645["chat"] = v606;
  v645["clauses"] = v608;
  if ("subject" in input) v645["subject"] = v616;
  if ("evidence" in input) v645["evidence"] = v628;
  if ("messageId" in input) v645["messageId"] = v634;
  v645["kind"] = v638;
  v645["reason"] = v640;
  v645["timeZone"] = v643;
  v1 = v645;
}
else if (v0 === "content-override") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v646 = input["id"];
  if (typeof v646 !== "string") return INVALID;
  const v647 = typeof v646 === "string" && v646.length >= 1 && v646.length < 2 ? c0(v646) : v646.length;
  if (v647 < 1) return INVALID;
  const v648 = typeof v646 === "string" && v646.length > 100 ? c0(v646) : v646.length;
  if (v648 > 100) return INVALID;
  const v649 = input["time"];
  if (typeof v649 !== "number" || !Number.isFinite(v649)) return INVALID;
  if (!Number.isSafeInteger(v649)) return INVALID;
  if (v649 < 0) return INVALID;
  if (v649 > 4102444800000) return INVALID;
  const v650 = input["actor"];
  if (typeof v650 !== "string") return INVALID;
  const v651 = c1(v650);
  const v652 = typeof v651 === "string" && v651.length >= 1 && v651.length < 2 ? c0(v651) : v651.length;
  if (v652 < 1) return INVALID;
  const v653 = typeof v651 === "string" && v651.length > 200 ? c0(v651) : v651.length;
  if (v653 > 200) return INVALID;
  const v654 = input["chat"];
  if (typeof v654 !== "object" || v654 === null || Array.isArray(v654)) return INVALID;
  const v655 = v654["site"];
  if (!c2.has(v655)) return INVALID;
  const v656 = v654["id"];
  if (typeof v656 !== "string") return INVALID;
  const v657 = typeof v656 === "string" && v656.length >= 1 && v656.length < 2 ? c0(v656) : v656.length;
  if (v657 < 1) return INVALID;
  const v658 = typeof v656 === "string" && v656.length > 100 ? c0(v656) : v656.length;
  if (v658 > 100) return INVALID;
  const v659 = v654["title"];
  if (typeof v659 !== "string") return INVALID;
  const v660 = typeof v659 === "string" && v659.length > 300 ? c0(v659) : v659.length;
  if (v660 > 300) return INVALID;
  const v661 = { "site": v655, "id": v656, "title": v659 };
  const v662 = input["clauses"];
  let v663 = (() => {
    let v664;
    if (v662 === undefined) {
      v664 = c4(c26());
    } else {
      if (!Array.isArray(v662)) return INVALID;
      if (v662.length > 20) return INVALID;
      const v665 = new Array(v662.length);
      for (let v666 = 0; v666 < v662.length; v666++) {
        const v667 = v662[v666];
        if (typeof v667 !== "string") return INVALID;
        const v668 = typeof v667 === "string" && v667.length > 40 ? c0(v667) : v667.length;
        if (v668 > 40) return INVALID;
        v665[v666] = v667;
      }
      const v669 = typeof v665 === "string" && v665.length > 20 ? c0(v665) : v665.length;
      if (v669 > 20) return INVALID;
      v664 = v665 === undefined ? c4(c26()) : v665;
    }
    return v664;
  })();
  if (v663 === INVALID) return INVALID;
  const v670 = input["subject"];
  let v671 = (() => {
    let v672;
    if (v670 !== undefined) {
      if (typeof v670 !== "object" || v670 === null || Array.isArray(v670)) return INVALID;
      const v673 = v670["id"];
      if (typeof v673 !== "string") return INVALID;
      const v674 = c5(v673);
      const v675 = typeof v674 === "string" && v674.length >= 1 && v674.length < 2 ? c0(v674) : v674.length;
      if (v675 < 1) return INVALID;
      const v676 = typeof v674 === "string" && v674.length > 200 ? c0(v674) : v674.length;
      if (v676 > 200) return INVALID;
      const v677 = v670["name"];
      if (typeof v677 !== "string") return INVALID;
      const v678 = c6(v677);
      const v679 = typeof v678 === "string" && v678.length >= 1 && v678.length < 2 ? c0(v678) : v678.length;
      if (v679 < 1) return INVALID;
      const v680 = typeof v678 === "string" && v678.length > 200 ? c0(v678) : v678.length;
      if (v680 > 200) return INVALID;
      const v681 = { "id": v674, "name": v678 };
      v672 = v681;
    }
    return v672;
  })();
  if (v671 === INVALID) {
    if ("subject" in input) return INVALID;
    v671 = undefined;
  }
  const v682 = input["evidence"];
  let v683 = (() => {
    let v684;
    if (v682 !== undefined) {
      if (typeof v682 !== "string") return INVALID;
      const v685 = c7(v682);
      const v686 = typeof v685 === "string" && v685.length >= 1 && v685.length < 2 ? c0(v685) : v685.length;
      if (v686 < 1) return INVALID;
      const v687 = typeof v685 === "string" && v685.length > 300 ? c0(v685) : v685.length;
      if (v687 > 300) return INVALID;
      v684 = v685;
    }
    return v684;
  })();
  if (v683 === INVALID) {
    if ("evidence" in input) return INVALID;
    v683 = undefined;
  }
  const v688 = input["messageId"];
  let v689 = (() => {
    let v690;
    if (v688 !== undefined) {
      if (typeof v688 !== "string") return INVALID;
      const v691 = typeof v688 === "string" && v688.length >= 1 && v688.length < 2 ? c0(v688) : v688.length;
      if (v691 < 1) return INVALID;
      const v692 = typeof v688 === "string" && v688.length > 120 ? c0(v688) : v688.length;
      if (v692 > 120) return INVALID;
      v690 = v688;
    }
    return v690;
  })();
  if (v689 === INVALID) {
    if ("messageId" in input) return INVALID;
    v689 = undefined;
  }
  const v693 = input["kind"];
  if (v693 !== "content-override") return INVALID;
  const v694 = input["categories"];
  if (!Array.isArray(v694)) return INVALID;
  if (v694.length > 9) return INVALID;
  const v695 = new Array(v694.length);
  for (let v696 = 0; v696 < v694.length; v696++) {
    const v697 = v694[v696];
    if (!c27.has(v697)) return INVALID;
    v695[v696] = v697;
  }
  const v698 = typeof v695 === "string" && v695.length >= 1 && v695.length < 2 ? c0(v695) : v695.length;
  if (v698 < 1) return INVALID;
  const v699 = typeof v695 === "string" && v695.length > 9 ? c0(v695) : v695.length;
  if (v699 > 9) return INVALID;
  const v700 = {};
  v700["id"] = v646;
  v700["time"] = v649;
  v700["actor"] = v651;
  v700["chat"] = v661;
  v700["clauses"] = v663;
  if ("subject" in input) v700["subject"] = v671;
  if ("evidence" in input) v700["evidence"] = v683;
  if ("messageId" in input) v700["messageId"] = v689;
  v700["kind"] = v693;
  v700["categories"] = v695;
  v1 = v700;
}
else if (v0 === "flag-dismissed") {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
  const v701 = input["id"];
  if (typeof v701 !== "string") return INVALID;
  const v702 = typeof v701 === "string" && v701.length >= 1 && v701.length < 2 ? c0(v701) : v701.length;
  if (v702 < 1) return INVALID;
  const v703 = typeof v701 === "string" && v701.length > 100 ? c0(v701) : v701.length;
  if (v703 > 100) return INVALID;
  const v704 = input["time"];
  if (typeof v704 !== "number" || !Number.isFinite(v704)) return INVALID;
  if (!Number.isSafeInteger(v704)) return INVALID;
  if (v704 < 0) return INVALID;
  if (v704 > 4102444800000) return INVALID;
  const v705 = input["actor"];
  if (typeof v705 !== "string") return INVALID;
  const v706 = c1(v705);
  const v707 = typeof v706 === "string" && v706.length >= 1 && v706.length < 2 ? c0(v706) : v706.length;
  if (v707 < 1) return INVALID;
  const v708 = typeof v706 === "string" && v706.length > 200 ? c0(v706) : v706.length;
  if (v708 > 200) return INVALID;
  const v709 = input["chat"];
  if (typeof v709 !== "object" || v709 === null || Array.isArray(v709)) return INVALID;
  const v710 = v709["site"];
  if (!c2.has(v710)) return INVALID;
  const v711 = v709["id"];
  if (typeof v711 !== "string") return INVALID;
  const v712 = typeof v711 === "string" && v711.length >= 1 && v711.length < 2 ? c0(v711) : v711.length;
  if (v712 < 1) return INVALID;
  const v713 = typeof v711 === "string" && v711.length > 100 ? c0(v711) : v711.length;
  if (v713 > 100) return INVALID;
  const v714 = v709["title"];
  if (typeof v714 !== "string") return INVALID;
  const v715 = typeof v714 === "string" && v714.length > 300 ? c0(v714) : v714.length;
  if (v715 > 300) return INVALID;
  const v716 = { "site": v710, "id": v711, "title": v714 };
  const v717 = input["clauses"];
  let v718 = (() => {
    let v719;
    if (v717 === undefined) {
      v719 = c4(c28());
    } else {
      if (!Array.isArray(v717)) return INVALID;
      if (v717.length > 20) return INVALID;
      const v720 = new Array(v717.length);
      for (let v721 = 0; v721 < v717.length; v721++) {
        const v722 = v717[v721];
        if (typeof v722 !== "string") return INVALID;
        const v723 = typeof v722 === "string" && v722.length > 40 ? c0(v722) : v722.length;
        if (v723 > 40) return INVALID;
        v720[v721] = v722;
      }
      const v724 = typeof v720 === "string" && v720.length > 20 ? c0(v720) : v720.length;
      if (v724 > 20) return INVALID;
      v719 = v720 === undefined ? c4(c28()) : v720;
    }
    return v719;
  })();
  if (v718 === INVALID) return INVALID;
  const v725 = input["subject"];
  let v726 = (() => {
    let v727;
    if (v725 !== undefined) {
      if (typeof v725 !== "object" || v725 === null || Array.isArray(v725)) return INVALID;
      const v728 = v725["id"];
      if (typeof v728 !== "string") return INVALID;
      const v729 = c5(v728);
      const v730 = typeof v729 === "string" && v729.length >= 1 && v729.length < 2 ? c0(v729) : v729.length;
      if (v730 < 1) return INVALID;
      const v731 = typeof v729 === "string" && v729.length > 200 ? c0(v729) : v729.length;
      if (v731 > 200) return INVALID;
      const v732 = v725["name"];
      if (typeof v732 !== "string") return INVALID;
      const v733 = c6(v732);
      const v734 = typeof v733 === "string" && v733.length >= 1 && v733.length < 2 ? c0(v733) : v733.length;
      if (v734 < 1) return INVALID;
      const v735 = typeof v733 === "string" && v733.length > 200 ? c0(v733) : v733.length;
      if (v735 > 200) return INVALID;
      const v736 = { "id": v729, "name": v733 };
      v727 = v736;
    }
    return v727;
  })();
  if (v726 === INVALID) {
    if ("subject" in input) return INVALID;
    v726 = undefined;
  }
  const v737 = input["evidence"];
  let v738 = (() => {
    let v739;
    if (v737 !== undefined) {
      if (typeof v737 !== "string") return INVALID;
      const v740 = c7(v737);
      const v741 = typeof v740 === "string" && v740.length >= 1 && v740.length < 2 ? c0(v740) : v740.length;
      if (v741 < 1) return INVALID;
      const v742 = typeof v740 === "string" && v740.length > 300 ? c0(v740) : v740.length;
      if (v742 > 300) return INVALID;
      v739 = v740;
    }
    return v739;
  })();
  if (v738 === INVALID) {
    if ("evidence" in input) return INVALID;
    v738 = undefined;
  }
  const v743 = input["messageId"];
  if (typeof v743 !== "string") return INVALID;
  const v744 = typeof v743 === "string" && v743.length >= 1 && v743.length < 2 ? c0(v743) : v743.length;
  if (v744 < 1) return INVALID;
  const v745 = typeof v743 === "string" && v743.length > 120 ? c0(v743) : v743.length;
  if (v745 > 120) return INVALID;
  const v746 = input["kind"];
  if (v746 !== "flag-dismissed") return INVALID;
  const v747 = input["findings"];
  if (!Array.isArray(v747)) return INVALID;
  if (v747.length > 12) return INVALID;
  const v748 = new Array(v747.length);
  for (let v749 = 0; v749 < v747.length; v749++) {
    const v750 = v747[v749];
    if (!c29.has(v750)) return INVALID;
    v748[v749] = v750;
  }
  const v751 = typeof v748 === "string" && v748.length >= 1 && v748.length < 2 ? c0(v748) : v748.length;
  if (v751 < 1) return INVALID;
  const v752 = typeof v748 === "string" && v748.length > 12 ? c0(v748) : v748.length;
  if (v752 > 12) return INVALID;
  const v753 = {};
  v753["id"] = v701;
  v753["time"] = v704;
  v753["actor"] = v706;
  v753["chat"] = v716;
  v753["clauses"] = v718;
  if ("subject" in input) v753["subject"] = v726;
  if ("evidence" in input) v753["evidence"] = v738;
  v753["messageId"] = v743;
  v753["kind"] = v746;
  v753["findings"] = v748;
  v1 = v753;
}
else { return INVALID; }
return v1;
}
} };
