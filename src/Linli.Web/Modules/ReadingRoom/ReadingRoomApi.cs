using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.ReadingRoom;

public sealed record AddCopyRequest(string? Barcode);

/// <summary>A loan by the reader's id or by the code on their portal card; a resident sends only the barcode (and a child's id).</summary>
public sealed record LendRequest(int? CommunityId, string? Barcode, int? BorrowerId, string? BorrowerCode, int? GuardianId, DateOnly? LoanedOn);

public sealed record ReturnRequest(int? CommunityId, string? Barcode);

public sealed record WithdrawRequest(string? Barcode, CopyWithdrawal? Reason);

public sealed record HoldRequest(int? BookId, int? ResidentId);

/// <summary>A hold just placed: waiting in line, or ready at once when a copy is on the shelf.</summary>
public sealed record HoldPlaced(int Id, int BookId, int ResidentId, HoldStatus Status);

/// <summary>The portal's 借阅: the open loans and holds of the people a resident acts for.</summary>
public sealed record MyReading(IReadOnlyList<LoanView> Loans, IReadOnlyList<HoldView> Holds);

public sealed record RemindersSent(int Sent);

public sealed record LoanCreated(int Id, int BorrowerId, int? GuardianId, DateOnly LoanedOn, DateOnly DueOn, int Renewals);

/// <summary>/api/v1/reading-room: catalogue, loans, returns, renewals, holds, overdue reminders and statistics.</summary>
public static class ReadingRoomApi
{
    public static void MapReadingRoomApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reading-room").WithTags("Reading room").RequireAuthorization();
        var desk = ReadingRoomPolicies.Desk;

        api.MapPost("/books", async Task<Created<BookView>> (NewBook input, CatalogueService catalogue, CancellationToken ct) =>
        {
            var book = await catalogue.AddAsync(input, ct);
            return TypedResults.Created($"/api/v1/reading-room/books/{book.Id}", await catalogue.ViewAsync(book.Id, ct));
        }).RequireAuthorization(desk);
        api.MapGet("/books", async (int communityId, string? q, CatalogueService catalogue, CancellationToken ct) =>
            TypedResults.Ok(await catalogue.SearchAsync(communityId, q, ct))).RequireAuthorization(desk);
        api.MapGet("/books/{id:int}", async (int id, CatalogueService catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.ViewAsync(id, ct)))
            .RequireAuthorization(desk);
        api.MapPost("/books/{id:int}/copies", async Task<Created<BookView>> (int id, AddCopyRequest request, CatalogueService catalogue, CancellationToken ct) =>
        {
            await catalogue.AddCopyAsync(id, request.Barcode, ct);
            return TypedResults.Created($"/api/v1/reading-room/books/{id}", await catalogue.ViewAsync(id, ct));
        }).RequireAuthorization(desk);
        api.MapPost("/copies/withdraw", async (int communityId, WithdrawRequest request, CatalogueService catalogue, CancellationToken ct) =>
        {
            await catalogue.WithdrawCopyAsync(communityId, request.Barcode, request.Reason, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(desk);
        api.MapPost("/books/import", async Task<Results<Ok<CatalogueImportResult>, UnprocessableEntity<CatalogueImportResult>>> (int communityId, IFormFile file,
            CatalogueImporter importer, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            var result = await importer.ImportAsync(communityId, stream, ct);
            return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
        }).RequireAuthorization(desk).DisableAntiforgery();
        api.MapGet("/books/import-template", CatalogueImporter.TemplateFile).RequireAuthorization(desk).ProducesFile(Platform.Exports.OfficeTypes.Xlsx);

        api.MapPost("/loans", Lend);
        api.MapGet("/loans", async (int communityId, bool? overdue, CirculationService circulation, CancellationToken ct) =>
            TypedResults.Ok(await circulation.OpenLoansAsync(communityId, overdue ?? false, ct))).RequireAuthorization(desk);
        api.MapPost("/loans/{id:int}/renew", async (int id, CirculationService circulation, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(Created(await circulation.RenewAsync(id, user, ct))));
        api.MapPost("/returns", async (ReturnRequest request, CirculationService circulation, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(Created(await circulation.ReturnAsync(request.CommunityId, request.Barcode, user, ct))));
        api.MapPost("/holds", async Task<Created<HoldPlaced>> (HoldRequest request, CirculationService circulation, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var hold = await circulation.PlaceHoldAsync(request.BookId ?? 0, request.ResidentId, user, ct);
            return TypedResults.Created($"/api/v1/reading-room/holds/{hold.Id}", new HoldPlaced(hold.Id, hold.BookId, hold.ResidentId, hold.Status));
        });
        api.MapDelete("/holds/{id:int}", async (int id, CirculationService circulation, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await circulation.CancelHoldAsync(id, user, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/me", async (CirculationService circulation, SelfServiceService self, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (loans, holds) = await circulation.MineAsync(await self.PeopleAsync(await self.OwnResidentAsync(user.UserId(), ct), ct), ct);
            return TypedResults.Ok(new MyReading(loans, holds));
        });
        api.MapPost("/reminders", async (int communityId, OverdueReminders reminders, Residents.ResidentPlacement placement, CancellationToken ct) =>
        {
            await placement.EnsureCommunityAsync(communityId, ct);
            return TypedResults.Ok(new RemindersSent(await reminders.SendDueAsync(communityId, ct)));
        }).RequireAuthorization(desk);
        api.MapGet("/rules", async (int communityId, CirculationService circulation, Residents.ResidentPlacement placement, CancellationToken ct) =>
        {
            await placement.EnsureCommunityAsync(communityId, ct);
            return TypedResults.Ok(RulesView.Of(await circulation.RulesAsync(communityId, ct)));
        }).RequireAuthorization(desk);
        api.MapPut("/rules", async (int communityId, RulesInput input, CirculationService circulation, CancellationToken ct) =>
            TypedResults.Ok(RulesView.Of(await circulation.SetRulesAsync(communityId, input, ct)))).RequireAuthorization(desk);
        api.MapGet("/stats", async (int communityId, int year, ReadingStats stats, CancellationToken ct) =>
            TypedResults.Ok(await stats.YearAsync(communityId, year, ct))).RequireAuthorization(desk);
    }

    private static async Task<Created<LoanCreated>> Lend(LendRequest request, CirculationService circulation, ResidentCard cards, ClaimsPrincipal user, CancellationToken ct)
    {
        var borrowerId = request.BorrowerId;
        if (request.BorrowerCode is { } code)
            borrowerId = cards.Read(code) ?? throw new FieldValidationException("borrowerCode", "Activity.ResidentCodeInvalid");
        var loan = await circulation.LendAsync(new LoanRequest(request.CommunityId, request.Barcode, borrowerId, request.GuardianId, request.LoanedOn), user, ct);
        return TypedResults.Created($"/api/v1/reading-room/loans/{loan.Id}", Created(loan));
    }

    private static LoanCreated Created(Loan loan) => new(loan.Id, loan.BorrowerId, loan.GuardianId, loan.LoanedOn, loan.DueOn, loan.Renewals);
}
