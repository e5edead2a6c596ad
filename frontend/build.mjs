// Bundles src/ into the one file the integration serves.
//
//   node build.mjs                      # -> custom_components/nuisance_calls/frontend/
//   node build.mjs --outfile /tmp/x.js  # elsewhere (tests compare the two)
//   node build.mjs --watch
//
// The output must be reproducible byte for byte from package-lock.json:
// no timestamps, no absolute paths, no source maps.
import * as esbuild from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const outfile = resolve(
  flag("--outfile") ??
    resolve(here, "../custom_components/nuisance_calls/frontend/nuisance-calls-card.js"),
);

const options = {
  absWorkingDir: here,
  entryPoints: ["src/nuisance-calls-card.ts"],
  outfile,
  bundle: true,
  format: "esm",
  target: "es2021",
  minify: true,
  legalComments: "none",
  sourcemap: false,
  charset: "utf8",
  logLevel: "warning",
  banner: {
    js: "/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */",
  },
};

if (args.includes("--watch")) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`watching; writing ${outfile}`);
} else {
  await esbuild.build(options);
}
