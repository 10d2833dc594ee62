// Eleventy loads eleventy.config.ts and layouts/*.11ty.ts with Node's own import(); inside
// vitest workers that needs tsx's loader registered, as the CLI gets it from `tsx`.
import { register } from "tsx/esm/api";

register();
