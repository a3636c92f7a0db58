#if !NET5_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

// The trimmer recognizes these attributes by name, so the netstandard2.0 build (the only one the package ships,
// see Newswire.csproj) keeps the annotations that tell it which fields GeneratedDataset reads by reflection.

/// <summary>The members of a type that are accessed dynamically (reflection); kept by the trimmer.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.GenericParameter | AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct, Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) => MemberTypes = memberTypes;

    /// <summary>The member types accessed.</summary>
    public DynamicallyAccessedMemberTypes MemberTypes { get; }
}

/// <summary>Member kinds for <see cref="DynamicallyAccessedMembersAttribute"/> (the values of the .NET 5+ enum).</summary>
[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    /// <summary>Public fields.</summary>
    PublicFields = 0x0010,

    /// <summary>Non-public fields.</summary>
    NonPublicFields = 0x0020,
}
#endif
