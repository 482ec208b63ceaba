import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../errors/index.js';

const run = promisify(execFile);

/** The folders of istio.io that hold event posts, in every language: nothing else is fetched. */
const SPARSE_PATTERNS = ['/content/*/blog/', '/content/*/news/', '/content/*/events/'];

export interface CheckoutOptions {
  repo: string;
  /** Unset: the repository's default branch. */
  branch: string | undefined;
  dir: string;
}

async function git(args: string[], options: CheckoutOptions): Promise<string> {
  try {
    const { stdout } = await run('git', args, { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return stdout.trim();
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new AppError('SYNC_FAILED', 'git is not installed, and npm run sync needs it: install it (Debian: apt-get install -y git).');
    }
    const detail = (failure.stderr ?? '').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('hint:')).at(-1);
    throw new AppError('SYNC_FAILED', `git ${args[0] === '-C' ? args[2] : args[0]} of ${options.repo} failed: ${detail ?? failure.message}. Check SYNC_REPO and SYNC_BRANCH.`, {
      repo: options.repo,
    });
  }
}

/**
 * Brings a shallow, sparse checkout of the repository up to date: cloned the first time, fetched
 * and reset to the branch's newest commit afterwards (local edits in the checkout are discarded:
 * it is a cache of the remote). Returns the commit checked out.
 */
export async function updateCheckout(options: CheckoutOptions): Promise<{ commit: string; cloned: boolean }> {
  const { repo, branch, dir } = options;
  const cloned = !existsSync(join(dir, '.git'));
  if (cloned) {
    await mkdir(dirname(dir), { recursive: true });
    await git(['clone', '--quiet', '--depth', '1', '--no-checkout', ...(branch ? ['--branch', branch] : []), repo, dir], options);
    await git(['-C', dir, 'sparse-checkout', 'set', '--no-cone', ...SPARSE_PATTERNS], options);
    await git(['-C', dir, 'checkout', '--quiet'], options);
  } else {
    await git(['-C', dir, 'remote', 'set-url', 'origin', repo], options);
    await git(['-C', dir, 'fetch', '--quiet', '--depth', '1', 'origin', branch ?? 'HEAD'], options);
    await git(['-C', dir, 'reset', '--quiet', '--hard', 'FETCH_HEAD'], options);
  }
  return { commit: await git(['-C', dir, 'rev-parse', 'HEAD'], options), cloned };
}
