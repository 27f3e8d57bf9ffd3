/**
 * What every HTTP request passes on its way in, whichever surface (the API, Slack) it is for: the rejection type
 * that the one exception mapper turns into the JSON error body, the bearer-secret check, and the headers every HTML page
 * sends ({@link dev.sourced.edge.HtmlPage}). Depends on nothing else of ours.
 */
package dev.sourced.edge;
