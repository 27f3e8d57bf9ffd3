/**
 * What every HTTP request passes on its way in, whichever surface (the API, Slack) it is for: the rejection type
 * that the one exception mapper turns into the JSON error body. Depends on nothing else of ours.
 */
package dev.sourced.edge;
