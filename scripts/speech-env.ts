// The real speech stack for tests and benchmarks: a private PulseAudio null sink and a private speech-dispatcher
// (own runtime dir, socket and pid file), so a desktop's own audio and speech services are never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const PULSE_SOCKET = '/tmp/earshot-pulse.sock';
/** Own runtime and state dirs: a second daemon beside a desktop's PulseAudio or PipeWire, never touching it. */
const PULSE_RUNTIME = '/tmp/earshot-pulse-runtime';
const SPEECHD_SOCKET = '/tmp/earshot-speechd.sock';
const SPEECHD_PID = '/tmp/earshot-speechd.pid';
const NEEDED = ['pulseaudio', 'pactl', 'speech-dispatcher', 'espeak-ng'];

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

export interface SpeechEnv {
  /** Environment for Chromium: SPEECHD_ADDRESS set, no PULSE_* variables. */
  browserEnv: NodeJS.ProcessEnv;
  /** Stops what was started. */
  stop(): void;
}

/** Starts the speech stack; throws with install instructions when a tool is missing. */
export function startSpeechEnv(): SpeechEnv {
  const missing = NEEDED.filter((n) => !onPath(n));
  if (missing.length > 0) {
    throw new Error(
      `real speech needs ${missing.join(', ')}.\n` +
        '  Debian/Ubuntu: sudo apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio   (or run: bash .ci/run)',
    );
  }
  const pulseEnv = { ...process.env, PULSE_SERVER: `unix:${PULSE_SOCKET}`, PULSE_RUNTIME_PATH: PULSE_RUNTIME, PULSE_STATE_PATH: PULSE_RUNTIME };
  const run = (cmd: string, args: string[], env = pulseEnv) => spawnSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

  let startedPulse = false;
  if (run('pactl', ['info']).status !== 0) {
    mkdirSync(PULSE_RUNTIME, { recursive: true, mode: 0o700 });
    const r = run('pulseaudio', [
      '--daemonize=yes',
      '--exit-idle-time=-1',
      '-n',
      `--load=module-native-protocol-unix socket=${PULSE_SOCKET} auth-anonymous=1`,
      '--load=module-null-sink sink_name=nullsink',
      '--load=module-always-sink',
    ]);
    if (run('pactl', ['info']).status !== 0) throw new Error(`PulseAudio did not start:\n${r.stderr}`);
    startedPulse = true;
  }

  function stopSpeechd() {
    if (!existsSync(SPEECHD_PID)) return;
    const pid = Number(readFileSync(SPEECHD_PID, 'utf8').trim());
    if (pid > 0) {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    }
    rmSync(SPEECHD_PID, { force: true });
    rmSync(SPEECHD_SOCKET, { force: true });
  }

  // A fresh speech-dispatcher every run: one wedged by an earlier pause() would stall every test.
  stopSpeechd();
  const sd = run('speech-dispatcher', ['-d', '-t', '0', '-P', SPEECHD_PID, '--communication-method', 'unix_socket', '--socket-path', SPEECHD_SOCKET]);
  if (!existsSync(SPEECHD_SOCKET)) {
    for (let i = 0; i < 20 && !existsSync(SPEECHD_SOCKET); i++) spawnSync('sleep', ['0.1']);
  }
  if (!existsSync(SPEECHD_SOCKET)) throw new Error(`speech-dispatcher did not start:\n${sd.stderr}`);

  const env: NodeJS.ProcessEnv = { ...process.env, SPEECHD_ADDRESS: `unix_socket:${SPEECHD_SOCKET}` };
  // Chromium must not inherit PULSE_SERVER (speech-dispatcher plays the audio, not the browser).
  delete env.PULSE_SERVER;
  delete env.PULSE_RUNTIME_PATH;
  delete env.PULSE_STATE_PATH;
  return {
    browserEnv: env,
    stop() {
      stopSpeechd();
      if (startedPulse) run('pactl', ['exit']);
    },
  };
}
