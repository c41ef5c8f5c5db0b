// Audio chunks joined into one clip, for tests that feed or collect audio in pieces: the domain's own helper.
export { joinSamples } from '../../src/domain/ear/samples';
