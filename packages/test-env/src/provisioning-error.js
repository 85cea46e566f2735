/**
 * A piece of the test environment that could not be found or provisioned. Its message is one
 * line that names the missing piece and the exact command that provides it; the stack is left
 * out of what runners print, because it says nothing the line does not.
 */
export class ProvisioningError extends Error {
  /**
   * @param {string} piece What is missing, e.g. "Chromium (browser tests)".
   * @param {string} remedy The exact command or setting that provides it.
   */
  constructor(piece, remedy) {
    super(`${piece} is missing: ${remedy}`);
    this.name = 'ProvisioningError';
    /** What is missing. */
    this.piece = piece;
    /** The exact command or setting that provides it. */
    this.remedy = remedy;
    this.stack = `${this.name}: ${this.message}`;
  }
}
