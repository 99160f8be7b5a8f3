target_sources(letterbox_mime PRIVATE
    Message.h Message.cpp
    ParseLimits.h
    Charsets.h Charsets.cpp
    HeaderBlockParser.h HeaderBlockParser.cpp
    HeaderTokens.h HeaderTokens.cpp
    EncodedWords.h EncodedWords.cpp
    Rfc2231.h Rfc2231.cpp
    AddressParser.h AddressParser.cpp
    DateParser.h DateParser.cpp
    ContentTypeParser.h ContentTypeParser.cpp
    TransferDecoding.h TransferDecoding.cpp
    MultipartSplitter.h MultipartSplitter.cpp
    MimeTreeParser.h MimeTreeParser.cpp
    MessageParser.h MessageParser.cpp
    PartPath.h PartPath.cpp
    TextExtraction.h TextExtraction.cpp HtmlToText.cpp
    HtmlEntities.h HtmlEntities.cpp
    Attachments.h Attachments.cpp)
