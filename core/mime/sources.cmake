target_sources(letterbox_mime PRIVATE Message.h Message.cpp)
