using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>/api/v1/grants/projects/{id}/expenditures: the spending with its vouchers (recording a payment is in GrantsApi).</summary>
public static class ExpendituresApi
{
    public static void MapExpendituresApi(this IEndpointRouteBuilder app)
    {
        var spending = app.MapGroup("/api/v1/grants/projects/{id:int}/expenditures").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        spending.MapGet("/", List);
        spending.MapPost("/{expenditureId:int}/voucher", Attach).RequireAuthorization(GrantsPolicies.Report).DisableAntiforgery();
        spending.MapGet("/{expenditureId:int}/voucher", Voucher).ProducesFile("image/jpeg", "image/png", "application/pdf");
    }

    private static async Task<Ok<IReadOnlyList<ExpenditureView>>> List(int id, ExpendituresService spending, CancellationToken cancellationToken) =>
        TypedResults.Ok(await spending.ListAsync(id, cancellationToken));

    private static async Task<NoContent> Attach(int id, int expenditureId, IFormFile? file, ExpendituresService spending, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        await spending.AttachVoucherAsync(id, expenditureId, content, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Voucher(int id, int expenditureId, ExpendituresService spending, CancellationToken cancellationToken)
    {
        var file = await spending.VoucherAsync(id, expenditureId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }
}
