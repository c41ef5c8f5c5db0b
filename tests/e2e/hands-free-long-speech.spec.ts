// Hands-free false alarms and privacy: three minutes of espeak-ng reading the sample edition.
import { catcherPort, longListeningTest, withMicrophone } from './hands-free-helpers';
import { test } from './fixtures';

const port = catcherPort(11);
test.use(withMicrophone('speech-3min', [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`]));

test.describe('three minutes of speech', () => longListeningTest('speech-3min', port));
