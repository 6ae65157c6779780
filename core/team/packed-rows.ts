/** Rows to a block: a block is a few hundred kilobytes of text, read back whole when one of its rows is asked for. */
export const BLOCK = 512;

const pipe = (bytes: BlobPart, through: CompressionStream | DecompressionStream) => new Response(new Blob([bytes]).stream().pipeThrough(through));
const deflate = async (text: string) => new Uint8Array(await pipe(text, new CompressionStream('deflate-raw')).arrayBuffer());
const inflate = async (bytes: Uint8Array<ArrayBuffer>) => (await pipe(bytes, new DecompressionStream('deflate-raw')).text()).split('\n');

/**
 * Rows kept as lines of JSON, deflated a block at a time: records of one school repeat their
 * chats, names and reasons, so a school year takes a tenth of the memory its text would. The
 * block being filled stays text; a replaced or deleted row's old line stays in its block until
 * dead lines outnumber live ones, when the rows are packed again. Calls take turns.
 */
export class PackedRows<T extends { id: string }> {
  /** Where each row's current line is: block × BLOCK + line. */
  private where = new Map<string, number>();
  /** Sealed blocks, deflated. */
  private sealed: Array<Uint8Array<ArrayBuffer>> = [];
  private filling: string[] = [];
  /** The last sealed block read, as lines: rows are mostly asked for in the order they came. */
  private recent: { block: number; lines: string[] } | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  has(id: string): boolean {
    return this.where.has(id);
  }

  ids(): string[] {
    return [...this.where.keys()];
  }

  /** Adds rows, replacing any kept under the same id. */
  put(rows: T[]): Promise<void> {
    return this.inTurn(async () => {
      await this.append(rows);
      await this.repackIfSparse();
    });
  }

  get(ids: string[]): Promise<Array<T | undefined>> {
    return this.inTurn(() => this.read(ids));
  }

  delete(ids: Iterable<string>): Promise<void> {
    return this.inTurn(async () => {
      for (const id of ids) this.where.delete(id);
      await this.repackIfSparse();
    });
  }

  /** Every row, in the order they were put. */
  all(): Promise<T[]> {
    return this.inTurn(async () => (await this.read(this.inOrder())) as T[]);
  }

  private inTurn<R>(work: () => Promise<R>): Promise<R> {
    const done = this.turn.then(work);
    this.turn = done.catch(() => {});
    return done;
  }

  private async append(rows: T[]): Promise<void> {
    for (const row of rows) {
      this.where.set(row.id, this.sealed.length * BLOCK + this.filling.length);
      this.filling.push(JSON.stringify(row));
      if (this.filling.length === BLOCK) {
        const text = this.filling.join('\n');
        this.filling = [];
        this.sealed.push(await deflate(text));
      }
    }
  }

  private inOrder(): string[] {
    return [...this.where.keys()].sort((a, b) => this.where.get(a)! - this.where.get(b)!);
  }

  /** Each block read once, however the ids are spread over blocks. */
  private async read(ids: string[]): Promise<Array<T | undefined>> {
    const at = ids.map((id) => this.where.get(id));
    const blocks = new Map<number, string[]>();
    for (const block of new Set(at.flatMap((a) => (a === undefined ? [] : [Math.floor(a / BLOCK)])))) blocks.set(block, await this.lines(block));
    return at.map((a) => (a === undefined ? undefined : (JSON.parse(blocks.get(Math.floor(a / BLOCK))![a % BLOCK]) as T)));
  }

  private async lines(block: number): Promise<string[]> {
    if (block === this.sealed.length) return this.filling;
    if (this.recent?.block !== block) this.recent = { block, lines: await inflate(this.sealed[block]) };
    return this.recent.lines;
  }

  private async repackIfSparse(): Promise<void> {
    const lines = this.sealed.length * BLOCK + this.filling.length;
    if (lines <= 2 * BLOCK || lines <= 2 * this.where.size) return;
    const rows = await this.read(this.inOrder());
    Object.assign(this, { where: new Map(), sealed: [], filling: [], recent: null });
    await this.append(rows as T[]);
  }
}
