// A to-do list over a websocket, written in modern JavaScript (ES2015):
// a class, let/const, arrow functions, template literals, destructuring,
// shorthand properties, a Map and for-of. Each frame is one command:
//   add TEXT    -> "added #N: TEXT"
//   done N      -> "done #N" (or "no item #N")
//   list        -> one line per item, "[x] #N TEXT", then "N open of M"
//   quit        -> "bye", then the server closes
requirelib("websocket");

class TodoList {
  constructor() {
    this.items = new Map();
    this.nextId = 1;
  }

  add(text) {
    const id = this.nextId++;
    this.items.set(id, { text, done: false });
    return `added #${id}: ${text}`;
  }

  finish(id) {
    const item = this.items.get(id);
    if (!item) return `no item #${id}`;
    item.done = true;
    return `done #${id}`;
  }

  lines() {
    const out = [];
    for (const [id, { text, done }] of this.items) {
      out.push(`[${done ? "x" : " "}] #${id} ${text}`);
    }
    const open = [...this.items.values()].filter(item => !item.done).length;
    out.push(`${open} open of ${this.items.size}`);
    return out;
  }
}

const todos = new TodoList();
const commands = {
  add: (rest) => [todos.add(rest)],
  done: (rest) => [todos.finish(Number(rest))],
  list: () => todos.lines(),
};

if (!websocket.upgrade(60)) {
  sendJSONResp({ error: "connect with a WebSocket" });
} else {
  let text;
  while ((text = websocket.read()) !== false) {
    const [cmd, ...words] = text.trim().split(" ");
    if (cmd === "quit") {
      websocket.send("bye");
      break;
    }
    const handler = commands[cmd];
    const replies = handler ? handler(words.join(" ")) : [`unknown command: ${cmd}`];
    for (const line of replies) websocket.send(line);
  }
  websocket.close();
}
