import { readFileSync } from 'node:fs';

/** What the deploy test needs from a Dockerfile: the steps a build and a container would run. */
export interface DockerSteps {
  /** `COPY` sources (relative to the build context), in order. */
  copies: string[][];
  /** `RUN` commands that install the application (npm …), with BuildKit `--mount` flags removed. */
  appRuns: string[];
  /** `ENV` settings, later ones winning. */
  env: Record<string, string>;
  /** The `HEALTHCHECK` command, exec form. */
  healthcheck: string[];
  /** The `CMD`, exec form. */
  cmd: string[];
  user: string | undefined;
  from: string | undefined;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function execForm(text: string): string[] {
  return JSON.parse(text.slice(text.indexOf('['))) as string[];
}

/** Parses the instructions this project's Dockerfile uses; anything else fails the test loudly. */
export function readDockerfile(path: string): DockerSteps {
  const steps: DockerSteps = { copies: [], appRuns: [], env: {}, healthcheck: [], cmd: [], user: undefined, from: undefined };
  for (const line of instructions(readFileSync(path, 'utf8'))) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.filter((arg) => !arg.startsWith('--'));
    switch (keyword.toUpperCase()) {
      case 'FROM':
        steps.from = args[0];
        break;
      case 'USER':
        steps.user = args[0];
        break;
      case 'COPY':
        steps.copies.push(args.slice(0, -1));
        break;
      case 'RUN': {
        const command = rest.filter((arg) => !arg.startsWith('--mount=')).join(' ');
        if (command.startsWith('npm ')) steps.appRuns.push(command);
        break;
      }
      case 'ENV':
        for (const pair of rest) {
          const [name = '', ...value] = pair.split('=');
          steps.env[name] = value.join('=');
        }
        break;
      case 'HEALTHCHECK':
        steps.healthcheck = execForm(line.slice(line.indexOf(' CMD ') + 5));
        break;
      case 'CMD':
        steps.cmd = execForm(line);
        break;
      case 'WORKDIR':
      case 'VOLUME':
      case 'EXPOSE':
      case 'STOPSIGNAL':
        break;
      default:
        throw new Error(`Unexpected Dockerfile instruction: ${line}`);
    }
  }
  return steps;
}
