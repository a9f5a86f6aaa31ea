namespace Linli.Web.Modules.Deliberation;

/// <summary>The OpenAPI summaries of the deliberation module (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class DeliberationApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/deliberation/bodies"] = "Standing bodies (joint meeting, council, lecture hall, building council) with their members' written duties and open and overdue items",
        ["POST /api/v1/deliberation/bodies"] = "Set up a body: community and the place it deliberates for, kind, name, cadence, member organizations each with a duty",
        ["GET /api/v1/deliberation/meetings"] = "Meetings of your communities (of one, of one body), latest first",
        ["POST /api/v1/deliberation/meetings"] = "Record a meeting, before or after it happens: kind, title, time (China time), place; host, agenda, invited organizations",
        ["GET /api/v1/deliberation/meetings/{id}"] = "A meeting with its minutes' state",
        ["POST /api/v1/deliberation/meetings/{id}/collecting"] = "Open or close a meeting to residents' questions and support",
        ["POST /api/v1/deliberation/meetings/{id}/recruit"] = "Recruit residents through a published activity at the meeting's time (sign-up and QR check-in count as person-times)",
        ["PUT /api/v1/deliberation/meetings/{id}/minutes"] = "Write the minutes' draft: who attended and what was discussed",
        ["POST /api/v1/deliberation/meetings/{id}/minutes/approve"] = "Approve the minutes for the host",
        ["POST /api/v1/deliberation/meetings/{id}/minutes/publish"] = "Publish approved minutes",
        ["GET /api/v1/deliberation/meetings/{id}/minutes.docx"] = "The minutes as Word (会议纪要: time, place, host, attendance, agenda, discussion, decisions, responsible units and deadlines)",
        ["GET /api/v1/deliberation/meetings/{id}/questions"] = "A meeting's questions and suggestions, most supported first (residents' support and hands counted on site)",
        ["POST /api/v1/deliberation/meetings/{id}/questions"] = "Ask a question or make a suggestion: a resident for their own community's meeting, or staff typing a paper slip",
        ["POST /api/v1/deliberation/questions/{id}/support"] = "Support a question, once per resident (again: 409)",
        ["PUT /api/v1/deliberation/questions/{id}/hands"] = "Record the hands raised for a question on site",
        ["GET /api/v1/deliberation/meetings/{id}/topics"] = "Topics ranked by attention (distinct supporters plus hands), with their answers",
        ["POST /api/v1/deliberation/meetings/{id}/topics"] = "Merge similar questions under a topic",
        ["PUT /api/v1/deliberation/topics/{id}/answer"] = "Answer a topic: the answer, who gave it, follow-up promised or closed",
        ["GET /api/v1/deliberation/meetings/{id}/resolutions"] = "A meeting's resolutions with their action items",
        ["POST /api/v1/deliberation/meetings/{id}/resolutions"] = "Record a resolution (consensus or a show of hands with counts); an Art. 278 matter opens a draft owners' assembly instead",
        ["POST /api/v1/deliberation/resolutions/{id}/publish"] = "Publish a resolution and its action items' progress on the community's public page",
        ["POST /api/v1/deliberation/resolutions/{id}/actions"] = "Add an action item: what, who is responsible, due date (not in the past), specification, the need it answers, what pays for it",
        ["GET /api/v1/deliberation/actions"] = "Action items of your communities (of one, of one body); overdue=true for those past due and not done, longest overdue first",
        ["GET /api/v1/deliberation/actions/{id}"] = "One action item",
        ["PUT /api/v1/deliberation/actions/{id}"] = "Move an action item: status, a note (the reason when blocked), percent",
        ["GET /api/v1/deliberation/actions/{id}/progress"] = "An action item's progress notes, newest first",
        ["POST /api/v1/deliberation/actions/{id}/photos"] = "Add a photo of the work as a progress note",
        ["GET /api/v1/deliberation/actions/{id}/progress/{progressId}/photo"] = "A progress note's photo",
        ["GET /api/v1/public/communities/{communityId}/resolutions"] = "A community's published resolutions and their action items' progress (no sign-in)",
    }, new Dictionary<string, string>
    {
        ["Deliberation"] = "Deciding together (议事协商): meetings, questions collected first and answered together, resolutions and the action items that follow",
    });
}
