// A small service for the demo to watch: GET / answers 200, or 503 once broken.
// POST /break and POST /heal flip it, so a newcomer can turn its tile red and back.
import http from "node:http";

const port = Number(process.argv[2] ?? process.env.DEMO_TARGET_PORT ?? 3001);
let broken = false;

const server = http.createServer((req, res) => {
  if (req.method === "POST" && (req.url === "/break" || req.url === "/heal")) {
    broken = req.url === "/break";
    res.writeHead(200, { "content-type": "text/plain" }).end(`demo target is now ${broken ? "broken" : "healthy"}\n`);
    return;
  }
  if (req.method === "GET" && (req.url === "/" || req.url === "/health")) {
    res.writeHead(broken ? 503 : 200, { "content-type": "text/plain" }).end(broken ? "broken\n" : "ok\n");
    return;
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
});

server.listen(port, "127.0.0.1", () => console.log(`demo target on http://127.0.0.1:${port} (POST /break, POST /heal)`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
