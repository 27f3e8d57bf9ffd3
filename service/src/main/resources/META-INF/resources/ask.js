// The ask page (GET /): streams the answer from POST /api/ask/stream instead of reloading the page. Without this
// script the form is a plain GET to /?q=, answered server-side. Text from the service is only ever set as text.
"use strict";
(() => {
  const form = document.getElementById("ask-form");
  if (!form || !window.fetch || !window.TextDecoder || !window.ReadableStream) {
    return;
  }
  const input = document.getElementById("q");
  const button = form.querySelector("button");
  const status = document.getElementById("ask-status");
  const result = document.getElementById("ask-result");
  const answer = document.getElementById("ask-answer");
  const heading = document.getElementById("citations-heading");
  const list = document.getElementById("ask-citations");

  function say(words, isError) {
    status.textContent = words;
    status.classList.toggle("error", Boolean(isError));
  }

  function seconds(response, fallback) {
    const n = parseInt(response.headers.get("Retry-After") || "", 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  }

  function plural(n) {
    return n + (n === 1 ? " second" : " seconds");
  }

  async function errorWords(response) {
    let message = "";
    try {
      message = (await response.json()).error || "";
    } catch (ignored) {
      // Not JSON: the status alone says enough.
    }
    switch (response.status) {
      case 400:
        return "The question was not accepted: " + (message || "it could not be read") + ".";
      case 429:
        return "Too many questions from here just now. Please wait " + plural(seconds(response, 1)) + " and ask again.";
      case 503:
        return "The service cannot answer just now (it is busy, or its articles are still being prepared). " +
          "Please ask again in " + plural(seconds(response, 5)) + ".";
      default:
        return "Something went wrong (HTTP " + response.status + "). Please ask again.";
    }
  }

  // Answer text with each [n] that names a citation a link to its passage in the reader.
  function linked(text, citations, answered) {
    const urls = new Map(answered ? citations.map((c) => [c.n, c]) : []);
    const nodes = [];
    const marker = /\[(\d{1,3})]/g;
    let from = 0;
    for (let m = marker.exec(text); m; m = marker.exec(text)) {
      const cited = urls.get(Number(m[1]));
      if (!cited) {
        continue;
      }
      if (m.index > from) {
        nodes.push(document.createTextNode(text.slice(from, m.index)));
      }
      const a = document.createElement("a");
      a.href = cited.url;
      a.textContent = m[0];
      nodes.push(a);
      from = m.index + m[0].length;
    }
    if (from < text.length) {
      nodes.push(document.createTextNode(text.slice(from)));
    }
    return nodes;
  }

  function citation(c) {
    const li = document.createElement("li");
    li.value = c.n;
    const a = document.createElement("a");
    a.href = c.url;
    a.textContent = c.title || c.source;
    li.append(a);
    if (c.published || c.outlet) {
      const meta = document.createElement("span");
      meta.className = "meta";
      if (c.published) {
        const time = document.createElement("time");
        time.dateTime = c.published;
        time.textContent = c.published;
        meta.append(time);
      }
      if (c.outlet) {
        const outlet = document.createElement("span");
        outlet.textContent = c.outlet;
        meta.append(outlet);
      }
      li.append(meta);
    }
    const quote = document.createElement("blockquote");
    quote.textContent = c.text;
    li.append(quote);
    return li;
  }

  function show(final) {
    const citations = final.citations || [];
    answer.replaceChildren(...linked(final.answer, citations, final.answered));
    heading.textContent = final.answered ? "Sources" : "Nearest passages (they do not answer the question)";
    heading.hidden = citations.length === 0;
    list.replaceChildren(...citations.map(citation));
    result.hidden = false;
    say(final.answered ? "Answered." : "The articles do not say.", false);
  }

  // Server-Sent Events over a POST body, which EventSource cannot send: blocks separated by a blank line.
  async function stream(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let streamed = "";
    let done = false;
    while (!done) {
      const chunk = await reader.read();
      done = chunk.done;
      buffer += decoder.decode(chunk.value || new Uint8Array(), { stream: !done });
      buffer = buffer.replace(/\r\n?/g, "\n");
      let end = buffer.indexOf("\n\n");
      while (end >= 0 || (done && buffer.trim())) {
        const block = end >= 0 ? buffer.slice(0, end) : buffer;
        buffer = end >= 0 ? buffer.slice(end + 2) : "";
        let name = "message";
        const data = [];
        for (const line of block.split("\n")) {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? "" : line.slice(colon + 1);
          if (value.startsWith(" ")) {
            value = value.slice(1);
          }
          if (field === "event") {
            name = value;
          } else if (field === "data") {
            data.push(value);
          }
        }
        if (name === "text") {
          streamed += data.join("\n");
          answer.textContent = streamed;
          heading.hidden = true;
          list.replaceChildren();
          result.hidden = false;
        } else if (name === "answer") {
          show(JSON.parse(data.join("\n")));
          return true;
        }
        end = buffer.indexOf("\n\n");
      }
    }
    return false;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = input.value;
    history.replaceState(null, "", "/?q=" + encodeURIComponent(question));
    document.title = (question.trim() ? question + " · " : "") + "Sourced";
    result.hidden = true;
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    say("Asking…", false);
    try {
      const response = await fetch("/api/ask/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify({ question }),
      });
      if (!response.ok) {
        say(await errorWords(response), true);
      } else if (!(await stream(response))) {
        say("The answer was cut off. Please ask again.", true);
      }
    } catch (e) {
      say("The service could not be reached. Check the connection and ask again.", true);
    } finally {
      button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  });
})();
