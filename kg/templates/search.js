// Offline search: the site's own index (search.json), matched in the page; no CDN, no server.
(async () => {
  const q = (new URLSearchParams(location.search).get("q") || "").trim().toLowerCase();
  const list = document.getElementById("results");
  if (!q) return;
  const index = await (await fetch("search.json")).json();
  for (const [label, path, kind] of index) {
    if (!label.toLowerCase().includes(q)) continue;
    const li = document.createElement("li"), a = document.createElement("a");
    a.href = path + ".html"; a.textContent = label; li.append(a, " " + kind); list.append(li);
  }
  if (!list.children.length) list.textContent = "—";
})();
