namespace Linli.Web.Modules.Contests;

/// <summary>The OpenAPI summaries of public contests (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class ContestsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/contests"] = "Contests of your communities (of one with communityId)",
        ["POST /api/v1/contests"] = "Set up a contest: community, voting window, votes per resident per day",
        ["GET /api/v1/contests/{id}"] = "A contest, with entries, distinct voters and votes for staff",
        ["GET /api/v1/contests/{id}/entries"] = "A contest's entries and their votes",
        ["POST /api/v1/contests/{id}/entries"] = "Enter a household's entry",
        ["POST /api/v1/contests/{id}/votes"] = "Vote for an entry as the signed-in resident (once per entry a day, within the daily limit)",
        ["POST /api/v1/contests/{id}/onsite-votes"] = "Enter a resident's paper vote from an on-site vote (the same limits as online)",
        ["GET /api/v1/contests/{id}/votes"] = "Every vote of the contest, newest first, removed ones with why (staff review)",
        ["POST /api/v1/contests/{id}/votes/{voteId}/remove"] = "Take a vote out with a reason: the ranking changes and the removal is listed",
        ["GET /api/v1/contests/{id}/removals"] = "The removed votes: entry, day, when and why (not whose)",
        ["GET /api/v1/contests/{id}/ranking"] = "The ranking, highest first; equal votes share a rank",
    }, new Dictionary<string, string>
    {
        ["Contests"] = "Public contests (评选): entries, residents' votes within a daily limit, the ranking",
    });
}
