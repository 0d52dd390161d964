// Facts about the machine the results were measured on.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { PythonInfo, SystemInfo } from './types.ts';

function gitFacts(env: NodeJS.ProcessEnv): SystemInfo['git'] {
  if (env.GITHUB_SHA) {
    const pullRequest = /^refs\/pull\/(\d+)\/merge$/.exec(env.GITHUB_REF ?? '')?.[1];
    return { sha: env.GITHUB_SHA, ref: env.GITHUB_REF, ...(pullRequest ? { pull_request: Number(pullRequest) } : {}) };
  }
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return { sha };
  } catch {
    return undefined; // not a git checkout
  }
}

export function systemInfo(env: NodeJS.ProcessEnv, pythons: PythonInfo[]): SystemInfo {
  return {
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpu_model: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    pythons,
    ...(env.RUNNER_OS ? { runner: { os: env.RUNNER_OS, arch: env.RUNNER_ARCH, name: env.RUNNER_NAME } } : {}),
    git: gitFacts(env),
  };
}
