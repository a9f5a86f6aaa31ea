namespace Linli.Web.Modules.ReadingRoom;

/// <summary>The OpenAPI summaries of the reading room (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class ReadingRoomApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/reading-room/books"] = "A community's catalogue, searchable",
        ["POST /api/v1/reading-room/books"] = "Add a title with its copies",
        ["POST /api/v1/reading-room/books/import"] = "Import a catalogue from xlsx (all or nothing)",
        ["GET /api/v1/reading-room/books/import-template"] = "The catalogue import template",
        ["GET /api/v1/reading-room/books/{id}"] = "A title with its copies and who waits for it",
        ["POST /api/v1/reading-room/books/{id}/copies"] = "Add copies to a title",
        ["POST /api/v1/reading-room/copies/withdraw"] = "Withdraw a copy (lost, damaged, given away)",
        ["POST /api/v1/reading-room/holds"] = "Place a hold on a title",
        ["DELETE /api/v1/reading-room/holds/{id}"] = "Cancel a hold",
        ["GET /api/v1/reading-room/loans"] = "A community's open loans, overdue first",
        ["POST /api/v1/reading-room/loans"] = "Lend a copy to a resident",
        ["POST /api/v1/reading-room/loans/{id}/renew"] = "Renew a loan",
        ["GET /api/v1/reading-room/me"] = "Your loans and holds, and your children's",
        ["POST /api/v1/reading-room/reminders"] = "Send the overdue reminders due now",
        ["POST /api/v1/reading-room/returns"] = "Take a copy back by its barcode",
        ["GET /api/v1/reading-room/rules"] = "A community's lending rules",
        ["PUT /api/v1/reading-room/rules"] = "Change the lending rules",
        ["GET /api/v1/reading-room/stats"] = "A community's reading figures for a period",
    }, new Dictionary<string, string>
    {
        ["Reading room"] = "The reading room: books, copies, loans, holds and reminders",
    });
}
