import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  mergeOverrides
} from "./chunk-D4CYBBRV.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import {
  formatProblem,
  validateAnyFile,
  validateCatalogMeta
} from "./chunk-5BLY4RM2.js";
import {
  require_dist
} from "./chunk-2Y3U6GQM.js";
import {
  __toESM
} from "./chunk-ZT4WRAGS.js";

// src/catalog/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
var META_FILE = "catalog.yaml";
function parseYamlLoose(text) {
  return (0, import_yaml.parse)(text, { maxAliasCount: 100 });
}
function latestPossibleDay() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function shownPath(cwd, path) {
  const rel = relative(cwd, resolve(cwd, path));
  return rel && !rel.startsWith("..") ? rel : path;
}
function readFailure(err) {
  const code = err.code;
  if (code === "ENOENT") return "cannot be read: no such file";
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (code === "EISDIR") return "cannot be read: it is a directory, not a YAML file";
  return `cannot be read (${code ?? err.message})`;
}
function readText(path, shown, problems) {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    problems.push({ file: shown, line: null, path: "", message: readFailure(err) });
    return void 0;
  }
}
function validateCatalogDir(dir, cwd = process.cwd(), today) {
  const problems = [];
  let names;
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    throw new UserError(`catalog directory ${dir} cannot be read`);
  }
  const show = (name) => relative(cwd, join(dir, name)) || name;
  let meta;
  const providers = [];
  const providerFiles = /* @__PURE__ */ new Map();
  const hosts = [];
  const hostFiles = /* @__PURE__ */ new Map();
  let throughput;
  if (!names.includes(META_FILE))
    problems.push({
      file: show(META_FILE),
      line: null,
      path: "",
      message: "is missing (it holds the catalog version)"
    });
  let readBy = today;
  if (today !== void 0 && names.includes(META_FILE)) {
    try {
      const version = /^(\d{4})\.(\d{2})\.(\d{2})/.exec(
        String(parseYamlLoose(readFileSync(join(dir, META_FILE), "utf8"))?.version ?? "")
      );
      const reviewed = version ? `${version[1]}-${version[2]}-${version[3]}` : void 0;
      if (reviewed && reviewed > today && reviewed <= latestPossibleDay()) readBy = reviewed;
    } catch {
    }
  }
  for (const name of names) {
    const shown = show(name);
    const text = readText(join(dir, name), shown, problems);
    if (text === void 0) continue;
    if (basename(name) === META_FILE) {
      const result2 = validateCatalogMeta(text, shown, readBy);
      if (result2.ok) meta = result2.value;
      else problems.push(...result2.problems);
      continue;
    }
    const result = validateAnyFile(text, shown, readBy);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const file = result.value;
    if (file.kind === "provider") {
      const other = providerFiles.get(file.value.provider.id);
      if (other)
        problems.push({
          file: shown,
          line: null,
          path: "provider.id",
          message: `provider "${file.value.provider.id}" is already defined in ${other}`
        });
      providerFiles.set(file.value.provider.id, shown);
      providers.push(file.value);
    } else if (file.kind === "hosts") {
      for (const host of file.value.hosts) {
        const other = hostFiles.get(host.id);
        if (other)
          problems.push({
            file: shown,
            line: null,
            path: "hosts",
            message: `host "${host.id}" is already defined in ${other}`
          });
        hostFiles.set(host.id, shown);
        hosts.push(host);
      }
    } else if (file.kind === "throughput") {
      if (throughput)
        problems.push({ file: shown, line: null, path: "", message: "a second throughput file; a catalog has one" });
      throughput = file.value;
    } else {
      problems.push({
        file: shown,
        line: null,
        path: "",
        message: `looks like the catalog meta file; it must be named ${META_FILE}`
      });
    }
  }
  if (problems.length > 0 || !meta) return { problems };
  return { catalog: { meta, providers, hosts, ...throughput ? { throughput } : {} }, problems };
}
function loadCatalogDir(dir, cwd = process.cwd(), today) {
  const { catalog, problems } = validateCatalogDir(dir, cwd, today);
  if (!catalog) {
    const lines = problems.map(formatProblem);
    throw new UserError(
      `the catalog in ${dir} has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${lines[0]}`,
      lines.slice(1)
    );
  }
  return catalog;
}
function loadOverrides(paths, catalog, cwd = process.cwd(), options = {}) {
  const problems = [];
  const files = [];
  for (const path of paths) {
    if (path.trim() === "") throw new UserError("--prices needs a file path; got an empty one");
    const abs = resolve(cwd, path);
    const shown = shownPath(cwd, path);
    const text = readText(abs, shown, problems);
    if (text !== void 0) files.push({ file: shown, text });
  }
  const merged = mergeOverrides(catalog, files, options.today);
  problems.push(...merged.problems);
  if (problems.length > 0 || !merged.catalog) {
    const lines = problems.map(formatProblem);
    throw new UserError(
      `--prices: ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${lines[0]}`,
      lines.slice(1)
    );
  }
  for (const w of merged.warnings) options.onWarning?.(`--prices: ${formatProblem(w)}`);
  return merged.catalog;
}

export {
  shownPath,
  readFailure,
  validateCatalogDir,
  loadCatalogDir,
  loadOverrides
};
