// FieldDescriptor
