using Linli.Tests.Infrastructure;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Collections.Generic;

namespace Linli.Tests.Platform;

/// <summary>
/// A module is a room (docs/architecture.md): its tables are its own, and other modules reach it through its public
/// services. This reads the compiled web assembly and fails when code of one module names an entity (a mapped table)
/// of another — in a query, a field, a signature or a page. Declaring a foreign key to another module's table in the
/// model (<c>HasOne&lt;Resident&gt;()</c>) reads nothing and lets the database keep the link honest, so the type
/// arguments of EF's model builders are not counted.
/// </summary>
public sealed class ModuleBoundaryTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task No_module_touches_another_modules_tables()
    {
        var entities = await factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Select(e => e.ClrType).Where(t => ModuleOf(t.Namespace) is not null)
            .ToDictionary(t => t.FullName!.Replace('+', '/'), t => ModuleOf(t.Namespace)!)));
        Assert.Contains("Linli.Web.Modules.Residents.Resident", entities.Keys);

        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var crossings = assembly.MainModule.Types
            .Select(type => (Type: type, Module: ModuleOf(type.Namespace)))
            .Where(t => t.Module is not null)
            .SelectMany(t => ReferencedTypes(t.Type).Distinct()
                .Where(name => entities.TryGetValue(name, out var owner) && owner != t.Module)
                .Select(name => $"{t.Type.FullName} → {name}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(crossings.Count == 0, "Modules reading another module's tables (use its public service instead):\n" + string.Join('\n', crossings));
    }

    /// <summary>"Activities" for Linli.Web.Modules.Activities.Spaces; null outside the modules.</summary>
    private static string? ModuleOf(string? ns)
    {
        const string prefix = "Linli.Web.Modules.";
        return ns is not null && ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }

    /// <summary>Every type a type and its nested types (lambdas, state machines) name, by full name.</summary>
    private static IEnumerable<string> ReferencedTypes(TypeDefinition type)
    {
        var named = new List<TypeReference?> { type.BaseType };
        named.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        named.AddRange(type.Fields.Select(f => f.FieldType));
        named.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            named.Add(method.ReturnType);
            named.AddRange(method.Parameters.Select(p => p.ParameterType));
            if (!method.HasBody) continue;
            named.AddRange(method.Body.Variables.Select(v => v.VariableType));
            named.AddRange(Operands(method.Body.Instructions));
        }
        return named.SelectMany(Unwrap).Concat(type.NestedTypes.SelectMany(ReferencedTypes));
    }

    private static IEnumerable<TypeReference> Operands(Collection<Instruction> instructions)
    {
        foreach (var instruction in instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference t:
                    yield return t;
                    break;
                case MethodReference m:
                    yield return m.DeclaringType;
                    yield return m.ReturnType;
                    foreach (var p in m.Parameters) yield return p.ParameterType;
                    if (m is GenericInstanceMethod g && !BuildsModel(m.DeclaringType)) foreach (var a in g.GenericArguments) yield return a;
                    break;
                case FieldReference f:
                    yield return f.DeclaringType;
                    yield return f.FieldType;
                    break;
            }
        }
    }

    /// <summary>EF's model-building API (entity and relationship builders), where another module's entity can only be a foreign key's target.</summary>
    private static bool BuildsModel(TypeReference type) => type.Namespace == "Microsoft.EntityFrameworkCore.Metadata.Builders";

    private static IEnumerable<string> Unwrap(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var name in Unwrap(generic.ElementType)) yield return name;
                if (!BuildsModel(generic)) foreach (var name in generic.GenericArguments.SelectMany(Unwrap)) yield return name;
                break;
            case TypeSpecification spec:
                foreach (var name in Unwrap(spec.ElementType)) yield return name;
                break;
            default:
                yield return type.FullName;
                break;
        }
    }
}
