namespace Linli.Web.Modules.Care;

/// <summary>The OpenAPI summaries of the care module (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class CareApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/care/cases"] = "Cases of your communities: your own (worker, supervisor, reader) with the client and what is due; the others only that they exist and who holds them",
        ["POST /api/v1/care/cases"] = "Open a case for a resident of your community: source, legal basis (consent or statutory), presenting problem, supervisor; you become its worker",
        ["GET /api/v1/care/cases/{id}"] = "The case file, for its worker, supervisor and added readers; the read is an access record the file lists",
        ["PUT /api/v1/care/cases/{id}/intake"] = "The intake: family, health, disability, income, support, risks (the worker)",
        ["PUT /api/v1/care/cases/{id}/assessment"] = "The assessment: needs, strengths, risk level (the worker)",
        ["PUT /api/v1/care/cases/{id}/plan"] = "The plan: goals, interventions, frequency, review date (the worker)",
        ["POST /api/v1/care/cases/{id}/sessions"] = "A session with the client: date, mode, content, response, next step (the worker)",
        ["POST /api/v1/care/cases/{id}/crises"] = "A crisis in the client's life and the worker's response",
        ["POST /api/v1/care/cases/{id}/reviews"] = "The supervisor's review and the next review date",
        ["POST /api/v1/care/cases/{id}/closing"] = "The worker asks to close: reason, summary, the client's feedback",
        ["POST /api/v1/care/cases/{id}/closing/approve"] = "The supervisor signs the closing off; the case closes",
        ["POST /api/v1/care/cases/{id}/closing/return"] = "The supervisor sends the closing back with a reason; the case is open again",
        ["POST /api/v1/care/cases/{id}/transfer"] = "The supervisor hands the case to another worker of the community",
        ["POST /api/v1/care/cases/{id}/readers"] = "The supervisor lets a colleague read the case",
        ["DELETE /api/v1/care/cases/{id}/readers/{userId}"] = "The supervisor ends a colleague's reading",
        ["POST /api/v1/care/cases/{id}/referrals"] = "Refer a need to a department or partner; refused without the client's consent when the case rests on consent",
        ["PUT /api/v1/care/cases/{id}/referrals/{referralId}"] = "The receiver's answer: accepted, served, declined, no answer; feedback; the next chase day",
        ["GET /api/v1/care/cases/{id}/referrals/{referralId}/letter.docx"] = "The referral letter (转介函) as Word; producing it is an access record on the file",
        ["GET /api/v1/care/colleagues"] = "The community's staff and social workers who may supervise, take over or read a case",
        ["GET /api/v1/care/requests"] = "The request line's queue of your communities (of one; overdue only; in one state)",
        ["POST /api/v1/care/requests"] = "Take down a request for a resident: a call, a visit, a WeChat message, a volunteer",
        ["GET /api/v1/care/requests/{id}"] = "One request with its answer, rating, photos and what it became",
        ["PUT /api/v1/care/requests/{id}"] = "Acknowledge, assign, answer (with the response) or close a request",
        ["POST /api/v1/care/requests/{id}/case"] = "Open a case from a request (its text becomes the presenting problem)",
        ["POST /api/v1/care/requests/{id}/mediation"] = "Open a mediation from a request (the resident is the complainant)",
        ["POST /api/v1/care/requests/{id}/photos"] = "Attach a photo to a request (multipart, one image in \"file\")",
        ["GET /api/v1/care/requests/{id}/photos/{fileId}"] = "A request's photo",
        ["GET /api/v1/me/requests"] = "Your own requests (and your wards')",
        ["POST /api/v1/me/requests"] = "File a request to the 365 line: category and text; the answer is due by dueAt",
        ["POST /api/v1/me/requests/{id}/confirmation"] = "Confirm an answer: resolved or not, 1–5 stars, a comment",
        ["POST /api/v1/me/requests/{id}/photos"] = "Attach a photo to your request (multipart, one image in \"file\")",
        ["GET /api/v1/me/requests/{id}/photos/{fileId}"] = "A photo of your request",
        ["GET /api/v1/public/communities/{communityId}/requests"] = "The request line's figures for anyone: counts by category, median hours to answer, share on time, satisfaction — no names",
        ["GET /api/v1/care/health/followups"] = "Residents due a health follow-up in a community: urgent and raised flags, chronic conditions not measured this quarter",
        ["GET /api/v1/care/health/{residentId}"] = "A resident's health record; the read is an access record",
        ["POST /api/v1/care/health/{residentId}/consent"] = "Record the separate consent (the resident's, or a guardian's under 14) that opens the health record",
        ["DELETE /api/v1/care/health/{residentId}/consent"] = "Record the consent's withdrawal: nothing new is recorded",
        ["PUT /api/v1/care/health/{residentId}/baseline"] = "Past history, chronic conditions, medications, allergies",
        ["POST /api/v1/care/health/{residentId}/measurements"] = "A measurement (blood pressure, pulse, glucose, ...) with who measured; returns the flags it raised",
        ["POST /api/v1/care/health/{residentId}/notes"] = "The doctor's advice, or a follow-up that answers the waiting flags",
        ["GET /api/v1/care/clinics"] = "A community's free-clinic sessions, latest first: theme, place, check-ins, readings taken",
        ["POST /api/v1/care/clinics"] = "Plan a weekly free-clinic series: first start, weeks, courtyards in rotation, theme, partner and doctors; each session is an activity",
        ["GET /api/v1/care/clinics/{id}"] = "A session with everyone on its list, whether their consent stands, and the readings taken there (a recorded list)",
        ["POST /api/v1/care/clinics/{id}/measurements"] = "A reading at the session for a resident (checked in if they were not); returns the flags",
    }, new Dictionary<string, string>
    {
        ["Care"] = "Casework with record-level access, referrals, the 365 request line and community health records (PIPL sensitive data: every read recorded)",
    });
}
