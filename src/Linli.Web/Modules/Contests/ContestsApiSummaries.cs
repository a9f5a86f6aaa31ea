namespace Linli.Web.Modules.Contests;

/// <summary>The OpenAPI summaries of public contests (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class ContestsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/contests"] = "Contests of your communities (of one with communityId)",
        ["POST /api/v1/contests"] = "Set up a contest: community, voting window, votes per resident per day, awards, limits per phone and network address",
        ["GET /api/v1/contests/{id}"] = "A contest, with entries, distinct voters, votes and page views for staff",
        ["GET /api/v1/contests/{id}/entries"] = "A contest's entries and their votes: all for staff, the approved and your household's own for a resident",
        ["POST /api/v1/contests/{id}/entries"] = "Enter a household's entry from its signed form (approved at once)",
        ["POST /api/v1/contests/{id}/my-entry"] = "Enter your household, agreeing to publication; staff approve it before it is shown",
        ["GET /api/v1/contests/{id}/entries/{entryId}"] = "One entry with its photos",
        ["POST /api/v1/contests/{id}/entries/{entryId}/approve"] = "Approve a waiting entry: it is shown and takes votes",
        ["POST /api/v1/contests/{id}/entries/{entryId}/reject"] = "Reject a waiting entry with a reason the household sees",
        ["POST /api/v1/contests/{id}/entries/{entryId}/photos"] = "Add a photo (multipart file) to an entry: staff, or the household to its own",
        ["GET /api/v1/contests/{id}/entries/{entryId}/photos/{photoId}"] = "An entry's photo",
        ["GET /p/contests/{id}/entries/{entryId}/photos/{photoId}"] = "An approved entry's photo, for its public page (no sign-in)",
        ["GET /api/v1/contests/{id}/flags"] = "Patterns to review before awarding: bursts from one address, phones shared by accounts, new accounts voting for one entry",
        ["POST /api/v1/contests/{id}/votes"] = "Vote for an entry as the signed-in resident (once per entry a day, within the daily limit)",
        ["POST /api/v1/contests/{id}/onsite-votes"] = "Enter a resident's paper vote from an on-site vote (the same limits as online)",
        ["GET /api/v1/contests/{id}/votes"] = "Every vote of the contest, newest first, removed ones with why (staff review)",
        ["POST /api/v1/contests/{id}/votes/{voteId}/remove"] = "Take a vote out with a reason: the ranking changes and the removal is listed",
        ["GET /api/v1/contests/{id}/removals"] = "The removed votes: entry, day, when and why (not whose)",
        ["GET /api/v1/contests/{id}/ranking"] = "The ranking, highest first; equal votes share a rank",
    }, new Dictionary<string, string>
    {
        ["Contests"] = "Public contests (评选): households' entries, residents' votes within daily, phone and address limits, review flags, the ranking and awards",
    });
}
