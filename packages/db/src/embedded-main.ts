// Runs embedded PostgreSQL as its own process, so that `npm start` can stop it last, after web and
// worker: started detached, Ctrl-C in the terminal does not reach it. It stops the server on
// SIGTERM, and also when its parent goes away (stdin closes), so a killed `npm start` leaves nothing.
// When the server dies on its own, this process exits with the server's status, so that `npm start`
// can start both again.
import { startEmbedded } from "./embedded.ts";

const [dataDir, port, database] = process.argv.slice(2);

async function main() {
  const handle = await startEmbedded({ dataDir: dataDir as string, port: Number(port), database: database as string });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await handle.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.stdin.on("end", () => void stop());
  process.stdin.on("error", () => void stop());
  process.stdin.resume();
  handle.exited.then((code) => {
    if (!stopping) process.exit(code ?? 1);
  });
  process.stdout.write(`READY ${handle.url}\n`);
}

main().catch((err) => {
  process.stdout.write(`ERROR ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
