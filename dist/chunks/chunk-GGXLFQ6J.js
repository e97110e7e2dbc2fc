import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  planAnnotations
} from "./chunk-34IMNW2D.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/annotations.ts
function annotateFindings(runner, findings, options) {
  const plan = planAnnotations(findings);
  for (const f of plan.annotate) runner[f.severity](options.message?.(f) ?? f.message, options.position(f));
  for (const severity of ["error", "warning", "notice"]) {
    const count = plan.omitted[severity];
    if (count > 0) {
      const { message, title } = options.more(severity, count);
      runner[severity](message, { title });
    }
  }
}
__name(annotateFindings, "annotateFindings");

export {
  annotateFindings
};
