/**
 * Where each piece of `perPiece` items starts in a list of `total`, for the
 * downloads the build streams (Infinity: all in one piece). At least one
 * piece when `atLeastOne` (a CSV file has its header even without events).
 * A size that is not a whole number above zero would never end the pieces:
 * it is refused.
 */
export function* pieceStarts(total: number, perPiece: number, atLeastOne = false): Generator<number> {
  if (!(perPiece === Infinity || (Number.isInteger(perPiece) && perPiece > 0))) throw new RangeError(`A piece holds a whole number of items above zero, not ${perPiece}`);
  for (let start = 0; start < total || (atLeastOne && start === 0); start += perPiece) yield start;
}
