namespace Linli.Web.Modules.Activities;

/// <summary>The OpenAPI summaries of Activities, their sign-ups, check-ins, records and photos, and spaces (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class ActivitiesApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/activities"] = "A community's activities starting in a period (China dates)",
        ["POST /api/v1/activities"] = "Create an activity, optionally booking a room for it",
        ["GET /api/v1/activities/figures"] = "A community's attendance figures for a period: activities held, person-times, unique people",
        ["POST /api/v1/activities/series"] = "Create a weekly or monthly series of activities",
        ["GET /api/v1/activities/{id}"] = "An activity with its live figures",
        ["GET /api/v1/activities/{id}/plan"] = "An activity's run sheet, materials and roles (copied from its template)",
        ["GET /api/v1/activities/templates"] = "A community's activity templates, the most used first",
        ["POST /api/v1/activities/templates"] = "Write an activity template: agenda steps, materials, roles",
        ["GET /api/v1/activities/templates/{id}"] = "An activity template with its plan",
        ["PUT /api/v1/activities/templates/{id}"] = "Rewrite a template (activities already made keep their plan)",
        ["POST /api/v1/activities/templates/{id}/archive"] = "Archive a template",
        ["GET /api/v1/activities/{id}/checkin-code"] = "The check-in poster's address (path and public URL)",
        ["POST /api/v1/activities/{id}/checkins"] = "Check someone in (staff), or yourself or your child with the poster code",
        ["GET /a/{id}/photos/{photoId}"] = "A public photo of a published activity record (no sign-in)",
        ["GET /calendar/{communityId}.ics"] = "The community's published activities as an iCalendar feed (no sign-in); cancelled ones stay with STATUS:CANCELLED",
        ["POST /api/v1/activities/{id}/photos"] = "Add a photo to the activity record",
        ["DELETE /api/v1/activities/{id}/photos/{photoId}"] = "Remove a photo",
        ["GET /api/v1/activities/{id}/photos/{photoId}"] = "A photo's file",
        ["PUT /api/v1/activities/{id}/photos/{photoId}"] = "Change a photo's caption or whether it is public",
        ["PUT /api/v1/activities/{id}/rating"] = "Fill in (or replace) your satisfaction form after attending",
        ["GET /api/v1/activities/{id}/record"] = "The activity's record: summary, photos, satisfaction",
        ["PUT /api/v1/activities/{id}/record"] = "Write or publish the activity's record",
        ["POST /api/v1/activities/{id}/registrations"] = "Sign up a resident, yourself or your child (a seat, else the waitlist)",
        ["DELETE /api/v1/activities/{id}/registrations/{registrationId}"] = "Cancel a sign-up; the freed seat goes to the first on the waitlist",
        ["POST /api/v1/activities/{id}/registrations/{registrationId}/approve"] = "Approve a sign-up waiting for approval",
        ["PUT /api/v1/activities/{id}/status"] = "Publish, finish or cancel an activity",
        ["GET /api/v1/spaces"] = "A community's spaces with their opening hours",
        ["POST /api/v1/spaces"] = "Create a space (room) with its booking rules",
        ["DELETE /api/v1/spaces/bookings/{bookingId}"] = "Cancel a booking",
        ["POST /api/v1/spaces/bookings/{bookingId}/approve"] = "Approve a booking request",
        ["POST /api/v1/spaces/bookings/{bookingId}/reject"] = "Reject a booking request",
        ["PUT /api/v1/spaces/bookings/{bookingId}/visitors"] = "Record how many people used a booking",
        ["GET /api/v1/spaces/pending"] = "Booking requests waiting for an answer",
        ["GET /api/v1/spaces/usage"] = "A community's space usage for a period",
        ["GET /api/v1/spaces/{id}"] = "A space with its opening hours and closures",
        ["GET /api/v1/spaces/{id}/bookings"] = "A space's bookings in a period",
        ["POST /api/v1/spaces/{id}/bookings"] = "Book a space",
        ["POST /api/v1/spaces/{id}/bookings/weekly"] = "Book a space every week; dates that collide are reported, not booked",
        ["POST /api/v1/spaces/{id}/closures"] = "Close a space on a date",
    }, new Dictionary<string, string>
    {
        ["Activities"] = "Activities and series: sign-up, waitlists, check-in, attendance and the community calendar",
        ["Activity records"] = "What happened at an activity: its record, photos and the public record page",
        ["Spaces"] = "Community spaces: opening hours, closures and bookings",
    });
}
