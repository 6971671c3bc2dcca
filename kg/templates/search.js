// Offline search: the site's own index, matched in the page; no CDN, no server. The index comes as a
// script (search-index.js sets window.kgSearch) so that it loads from file:// too, where fetch()
// of a local file is refused; search.json holds the same for other programs.
(async () => {
  const q = (new URLSearchParams(location.search).get("q") || "").trim().toLowerCase();
  const list = document.getElementById("results");
  if (!q) return;
  const index = window.kgSearch || await (await fetch("search.json")).json();
  for (const [label, path, kind] of index) {
    if (!label.toLowerCase().includes(q)) continue;
    const li = document.createElement("li"), a = document.createElement("a");
    a.href = path + ".html"; a.textContent = label; li.append(a, " " + kind); list.append(li);
  }
  if (!list.children.length) list.textContent = "—";
})();
