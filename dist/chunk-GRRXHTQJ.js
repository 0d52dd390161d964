import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import "./chunk-LSNVCVIY.js";

// src/github/base-worktree.ts
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var FULL_SHA = /^[0-9a-f]{40}$/;
function tokenConfig(token, serverUrl) {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/$/, "")}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
  };
}
var firstLine = (error) => String(error.stderr || error.message).trim().split("\n").at(-1);
async function baseWorktree(options) {
  const { workspace, sha, token, env, scratch } = options;
  if (!FULL_SHA.test(sha)) return { none: `the event names no base commit (got "${sha.slice(0, 50)}")` };
  const git = (args, extra = {}) => run("git", ["-C", workspace, ...args], { env: { ...env, ...extra, GIT_TERMINAL_PROMPT: "0" } });
  try {
    await git(["cat-file", "-e", `${sha}^{commit}`]);
  } catch {
    try {
      await git(
        ["fetch", "--no-tags", "--depth=1", "origin", sha],
        tokenConfig(token, env.GITHUB_SERVER_URL || "https://github.com")
      );
    } catch (error) {
      return { none: `could not fetch the base commit ${sha.slice(0, 7)}: ${firstLine(error)}` };
    }
  }
  const dir = join(scratch, "base");
  try {
    await git(["worktree", "add", "--detach", dir, sha]);
  } catch (error) {
    return { none: `could not check out the base commit ${sha.slice(0, 7)}: ${firstLine(error)}` };
  }
  return {
    dir,
    label: `base commit ${sha.slice(0, 7)}`,
    remove: async () => {
      await git(["worktree", "remove", "--force", dir]).catch(() => void 0);
    }
  };
}
export {
  baseWorktree
};
